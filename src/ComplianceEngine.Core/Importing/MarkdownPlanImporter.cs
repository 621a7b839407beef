using System.Text;
using ComplianceEngine.Core.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Imports a plan written as Markdown or plain text (.md, .txt) — the form the seeds have after conversion from Word:
/// Markdown-like emphasis, "-" and "+" bullets, hand-typed numbering, tab-separated tables, footnotes as lines.
/// Markdig parses the text; its emphasis delimiters (<c>**</c>, <c>*</c>) are dropped and its 0-based lines become the
/// 1-based lines of a <see cref="DocumentText"/>, on which <see cref="PlanExtractor"/> reads the Vietnamese structure.
/// </summary>
internal static class MarkdownPlanImporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    /// <summary>Imports the document <paramref name="text"/> (NFC, LF line ends) read from <paramref name="file"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="file">Path shown in findings.</param>
    /// <param name="id">Plan id (by convention <see cref="PlanIdFromFileName"/>).</param>
    public static Plan Import(string text, string file, string id) => Import(text, file, id, InputLimits.Default, CancellationToken.None);

    /// <summary>Imports the document, held to <paramref name="limits"/> (nesting depth) and stopped by <paramref name="cancel"/> (the time budget).</summary>
    public static Plan Import(string text, string file, string id, InputLimits limits, CancellationToken cancel)
    {
        CheckNesting(text, file, limits);
        return PlanExtractor.Extract(ReadLines(text, file), id, cancel);
    }

    /// <summary>
    /// Refuses a document nested deeper than <see cref="InputLimits.MaxNestingDepth"/>, at the line where it is deepest:
    /// block quotes and list items opened at the start of a line, and link brackets inside a line. (Markdig's syntax tree
    /// follows them, and past its own limit throws; lists nested by indentation over many lines are caught there, see
    /// <see cref="ReadStyledLines"/>.)
    /// </summary>
    internal static void CheckNesting(string text, string file, InputLimits limits)
    {
        var line = 1;
        // The content columns of the list items open above: an item indented at least as far as an open item's content
        // is nested in it (CommonMark), so lists nest line after line by indentation.
        var open = new List<int>();
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var indent = 0;
            var first = start;
            while (first < end && text[first] is ' ' or '\t')
            {
                indent += text[first] == '\t' ? 4 : 1;
                first++;
            }

            var here = BlockDepth(text, start, end);
            if (first < end && ListMarkerWidth(text, first, end) is var width and > 0)
            {
                while (open.Count > 0 && open[^1] > indent)
                {
                    open.RemoveAt(open.Count - 1);
                }

                here--; // the item's own marker is counted in the stack
                open.Add(indent + width);
            }
            else if (first < end && (open.Count == 0 || indent < open[0]) && indent == 0)
            {
                open.Clear(); // text at the margin ends the lists (a lazy continuation line is rare in plans)
            }

            var depth = here + open.Count;
            var inline = 0;
            var brackets = 0;
            for (var i = start; i < end && depth + inline <= limits.MaxNestingDepth; i++)
            {
                brackets = text[i] == '[' ? brackets + 1 : text[i] == ']' ? Math.Max(0, brackets - 1) : brackets;
                inline = Math.Max(inline, brackets);
            }

            if (depth + inline > limits.MaxNestingDepth)
            {
                throw InputLimits.Breach(new SourceLocation(file, line, 1), "max_nesting_depth",
                    limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), "> " + limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            start = end + 1;
        }
    }

    // The width of a list marker with its space at i ("- " is 2, "12. " is 4), or 0.
    private static int ListMarkerWidth(string text, int i, int end)
    {
        if (i + 1 < end && text[i] is '-' or '*' or '+' && text[i + 1] is ' ' or '\t')
        {
            return 2;
        }

        var k = i;
        while (k < end && char.IsAsciiDigit(text[k]) && k - i < 9)
        {
            k++;
        }

        return k > i && k + 1 < end && text[k] is '.' or ')' && text[k + 1] is ' ' or '\t' ? k - i + 2 : 0;
    }

    // Containers opened at the start of a line: "> ", "- ", "* ", "+ ", "1. ", "1) " (indentation alone nests nothing).
    private static int BlockDepth(string text, int start, int end)
    {
        var depth = 0;
        var i = start;
        while (i < end)
        {
            var spaces = 0;
            while (i < end && text[i] is ' ' or '\t')
            {
                spaces += text[i] == '\t' ? 4 : 1;
                i++;
            }

            if (i < end && text[i] == '>')
            {
                depth++;
                i++;
            }
            else if (i + 1 < end && text[i] is '-' or '*' or '+' && text[i + 1] is ' ' or '\t')
            {
                depth++;
                i += 2;
            }
            else
            {
                var k = i;
                while (k < end && char.IsAsciiDigit(text[k]) && k - i < 9)
                {
                    k++;
                }

                if (k > i && k + 1 < end && text[k] is '.' or ')' && text[k + 1] is ' ' or '\t')
                {
                    depth++;
                    i = k + 2;
                }
                else
                {
                    break;
                }
            }
        }

        return depth;
    }

    /// <summary>The plan id a document gets from its file name: "002_7e8e160c5670c66d.txt" → "002-7e8e160c5670c66d".</summary>
    public static string PlanIdFromFileName(string path) => PlanExtractor.IdFromFileName(path);

    /// <summary>The lines of the document as a reader sees them: emphasis markers removed, everything else as written.</summary>
    internal static DocumentText ReadLines(string text, string file) =>
        new(file, ReadStyledLines(text, file).Select((segments, i) => new DocumentLine(i + 1, string.Concat(segments.Select(s => s.Text)))).ToList());

    /// <summary>
    /// The lines of the document as runs of text with their emphasis (<c>**bold**</c>, <c>*italic*</c>), for tools that
    /// rebuild the document in another format (the generator of the .docx test fixtures).
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<(string Text, bool Bold, bool Italic)>> ReadStyledLines(string text, string file = "")
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Lists nested by indentation line after line: the deepest is the most indented list item.
            throw InputLimits.Breach(new SourceLocation(file, MostIndentedListItem(text), 1), "max_nesting_depth",
                Pipeline.MaximumNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), "Markdown");
        }
        var dropped = new bool[text.Length];
        var bold = new bool[text.Length];
        var italic = new bool[text.Length];
        foreach (var emphasis in document.Descendants<EmphasisInline>())
        {
            var span = emphasis.Span;
            var count = emphasis.DelimiterCount;
            if (span.IsEmpty || span.Start < 0 || span.End >= text.Length || span.Length < 2 * count)
            {
                continue;
            }

            for (var k = 0; k < count; k++)
            {
                dropped[span.Start + k] = true;
                dropped[span.End - k] = true;
            }

            for (var i = span.Start + count; i <= span.End - count; i++)
            {
                (count >= 2 ? bold : italic)[i] = true;
            }
        }

        // "## II. NỘI DUNG": the heading marks are not text; a thematic break ("---") is a blank line.
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { IsSetext: false } heading && heading.Inline?.FirstChild is { } first)
            {
                Drop(dropped, heading.Span.Start, first.Span.Start);
                var lineEnd = text.IndexOf('\n', heading.Span.Start) is var n && n >= 0 ? n : text.Length;
                var contentEnd = (heading.Inline.LastChild?.Span.End ?? first.Span.End) + 1;
                if (contentEnd < lineEnd && text[contentEnd..lineEnd].Trim().All(c => c == '#'))
                {
                    Drop(dropped, contentEnd, lineEnd); // the optional closing "###"
                }
            }
            else if (block is ThematicBreakBlock)
            {
                Drop(dropped, block.Span.Start, block.Span.End + 1);
            }
            else if (block is HeadingBlock { IsSetext: true } setext)
            {
                var underline = text.LastIndexOf('\n', Math.Min(text.Length - 1, setext.Span.End)) + 1;
                Drop(dropped, underline, setext.Span.End + 1);
            }
        }

        var lines = new List<List<(string Text, bool Bold, bool Italic)>>();
        var line = new List<(string Text, bool Bold, bool Italic)>();
        var sb = new StringBuilder();
        (bool Bold, bool Italic) style = (false, false);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                Flush();
                lines.Add(line);
                line = [];
                continue;
            }

            if (dropped[i] || text[i] == '\r')
            {
                continue;
            }

            if ((bold[i], italic[i]) != style)
            {
                Flush();
                style = (bold[i], italic[i]);
            }

            sb.Append(text[i]);
        }

        void Flush()
        {
            if (sb.Length > 0)
            {
                line.Add((sb.ToString(), style.Bold, style.Italic));
                sb.Clear();
            }
        }

        var raw = lines.Select(l => string.Concat(l.Select(s => s.Text))).ToList();

        // A pipe table ("| Chỉ tiêu | ĐVT | … |") is read as the tab-separated rows Word tables become.
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            var first = table.Line;
            var last = table.LastOrDefault()?.Line ?? first;
            for (var l = first; l <= last + 1 && l < raw.Count; l++)
            {
                if (raw[l].Trim().StartsWith('|') || raw[l].Contains(" | ", StringComparison.Ordinal))
                {
                    var cells = raw[l].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
                    var row = cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')) ? string.Empty : string.Join('\t', cells);
                    lines[l] = row.Length == 0 ? [] : [(row, false, false)];
                }
            }
        }

        return lines;
    }

    private static int MostIndentedListItem(string text)
    {
        int best = 1, most = -1, line = 1;
        foreach (var l in text.Split('\n'))
        {
            var indent = l.Length - l.TrimStart(' ', '\t').Length;
            if (indent > most && BlockDepth(l, indent, l.Length) > 0)
            {
                (best, most) = (line, indent);
            }

            line++;
        }

        return best;
    }

    private static void Drop(bool[] dropped, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < dropped.Length; i++)
        {
            dropped[i] = true;
        }
    }
}
