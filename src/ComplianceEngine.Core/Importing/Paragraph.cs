using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Importing.Grammar;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>Kind of numbering a paragraph starts with.</summary>
internal enum MarkerKind
{
    /// <summary>No numbering.</summary>
    None,

    /// <summary>"I.", "II.": a section.</summary>
    Roman,

    /// <summary>"1.", "4.1.", "1)": a numbered item.</summary>
    Number,

    /// <summary>"a)", "b.": a lettered item.</summary>
    Letter,

    /// <summary>"-", "+", "•": a bullet.</summary>
    Bullet,
}

/// <summary>The numbering at the start of a paragraph.</summary>
/// <param name="Kind">What kind.</param>
/// <param name="Label">As written, without trailing spaces ("4.1.", "II.", "-").</param>
/// <param name="Length">Characters it takes, trailing spaces included.</param>
internal sealed partial record Marker(MarkerKind Kind, string Label, int Length)
{
    /// <summary>No marker.</summary>
    public static Marker None { get; } = new(MarkerKind.None, string.Empty, 0);

    /// <summary>The numbering without its final dot: "4.1." → "4.1", "II." → "II".</summary>
    public string Value => Label.TrimEnd('.', ')', ':').Trim();

    /// <summary>Nesting depth of a numbered item ("4.1." → 2) or a bullet ("-" → 1, "+" → 2).</summary>
    public int Depth => Kind switch
    {
        MarkerKind.Number => Value.Split('.').Length,
        MarkerKind.Bullet => Label is "+" or "◦" or "○" ? 2 : Label is "▪" or "·" ? 3 : 1,
        _ => 1,
    };

    [GeneratedRegex(@"^(?<m>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.)\s*(?=[\p{L}\d])")]
    private static partial Regex RomanRegex();

    [GeneratedRegex(@"^(?<m>\d{1,2}(?:\.\d{1,2}){0,3}[.)])(?:\s+(?=\S)|(?=\p{L}))")]
    private static partial Regex NumberRegex();

    // "Hoạt động 1.", "Nhiệm vụ 2:": a numbered item introduced by an item word (rules/catalogs/labels.yaml, item-words);
    // the marker is the number alone, so the item reads like "1.".
    private static readonly Lazy<Regex> ItemWordRegex = new(() => new Regex(
        @"^(?i:" + string.Join('|', ImportVocabulary.Default.ItemWords.Select(Regex.Escape)) + @")\s+(?<m>\d{1,2}(?:\.\d{1,2}){0,3}[.:)])\s*(?=\S)",
        RegexOptions.CultureInvariant));

    [GeneratedRegex(@"^(?<m>[a-zđ]\))\s*(?=\S)")]
    private static partial Regex LetterRegex();

    [GeneratedRegex(@"^(?<m>[-–—+•*·○●▪■◦])\s*(?=\S)")]
    private static partial Regex BulletRegex();

    /// <summary>The marker at the start of <paramref name="text"/>, or <see cref="None"/>.</summary>
    public static Marker Parse(string text)
    {
        if (ImportVocabulary.Default.ItemWords.Count > 0)
        {
            var item = ItemWordRegex.Value.Match(text);
            if (item.Success)
            {
                return new Marker(MarkerKind.Number, item.Groups["m"].Value, item.Length);
            }
        }

        foreach (var (regex, kind) in new[] { (RomanRegex(), MarkerKind.Roman), (NumberRegex(), MarkerKind.Number), (LetterRegex(), MarkerKind.Letter), (BulletRegex(), MarkerKind.Bullet) })
        {
            var m = regex.Match(text);
            if (m.Success)
            {
                var label = m.Groups["m"].Value;
                return new Marker(kind, label is "–" or "—" ? "-" : label, m.Length);
            }
        }

        return None;
    }
}

/// <summary>
/// A logical paragraph: one or more lines of a <see cref="DocumentText"/> that a reader takes as one — a bullet the
/// conversion from Word broke over a page break or a footnote, a table row broken inside a cell. Keeps, for every
/// character, the document line it came from.
/// </summary>
internal sealed class Paragraph
{
    private readonly List<(int Offset, int Line)> starts;

    private Paragraph(string text, List<(int Offset, int Line)> starts, bool isFootnote, bool isTableRow, int index)
    {
        Text = text;
        this.starts = starts;
        IsFootnote = isFootnote;
        IsTableRow = isTableRow;
        Index = index;
        Marker = isFootnote ? Marker.None : Marker.Parse(text);
    }

    /// <summary>The text, lines joined with one space (table rows: cells joined with tabs).</summary>
    public string Text { get; }

    /// <summary>The document line the paragraph starts on (1-based).</summary>
    public int Line => starts[0].Line;

    /// <summary>Position among the paragraphs of the document.</summary>
    public int Index { get; }

    /// <summary>A footnote.</summary>
    public bool IsFootnote { get; }

    /// <summary>A table row (tab-separated cells).</summary>
    public bool IsTableRow { get; }

    /// <summary>The numbering it starts with.</summary>
    public Marker Marker { get; }

    /// <summary>The text after the marker.</summary>
    public string Body => Text[Marker.Length..];

    /// <summary>The cells of a table row, trimmed.</summary>
    public IReadOnlyList<string> Cells => Text.Split('\t').Select(c => c.Trim()).ToList();

    /// <summary>The document line of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = starts[0].Line;
        foreach (var (start, l) in starts)
        {
            if (start > offset)
            {
                break;
            }

            line = l;
        }

        return line;
    }

    /// <summary>The document line of the character at <paramref name="offset"/> in <see cref="Body"/>.</summary>
    public int LineAtBody(int offset) => LineAt(offset + Marker.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Line}: {Text}";

    /// <summary>
    /// Groups the lines of <paramref name="document"/> into paragraphs. Blank lines separate paragraphs; a line that
    /// starts in lower case (or with a digit after a line that stops mid-sentence) continues the paragraph before it,
    /// across blank lines and footnotes; footnotes are paragraphs of their own.
    /// </summary>
    public static IReadOnlyList<Paragraph> Assemble(DocumentText document)
    {
        var result = new List<Builder>();
        Builder? open = null;
        foreach (var line in document.Lines)
        {
            var raw = line.Text.Replace('\u00A0', ' ');
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var isTable = raw.Trim(' ').Contains('\t');
            var text = isTable ? CleanCells(raw) : VietnameseText.Clean(raw);
            if (line.Origin == LineOrigin.Footnote || IsFootnoteLine(text))
            {
                result.Add(new Builder(text, line.Number, isFootnote: true, isTable: false));
                continue;
            }

            if (open is not null && Continues(open, text, isTable))
            {
                open.Append(text, line.Number, isTable);
                continue;
            }

            open = new Builder(text, line.Number, isFootnote: false, isTable);
            result.Add(open);
        }

        return result.Select((b, i) => new Paragraph(b.Text.ToString(), b.Starts, b.IsFootnote, b.IsTable, i)).ToList();
    }

    /// <summary>True for a footnote's text: it starts with a superscript number ("¹ Phân bổ …", "⁽²⁾ …").</summary>
    public static bool IsFootnoteLine(string text) => text.Length > 0 && IsSuperscript(text[0]);

    /// <summary>Superscript digits and parentheses, as footnote markers are written.</summary>
    public static bool IsSuperscript(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹') or '⁽' or '⁾';

    private static string CleanCells(string raw) =>
        string.Join('\t', raw.TrimEnd('\r', '\n', ' ').Split('\t').Select(VietnameseText.Clean));

    private static bool Continues(Builder open, string text, bool isTable)
    {
        if (open.IsFootnote || Marker.Parse(text).Kind != MarkerKind.None)
        {
            return false;
        }

        var first = text[0];
        if (char.IsLetter(first) && char.IsLower(first))
        {
            return true;
        }

        // A table header split over lines ("STT | Nội dung | Đơn vị | Thời gian" / " |  | chủ trì | hoàn thành"): every
        // cell of the second line that has text starts in lower case.
        if (isTable && open.IsTable)
        {
            var cells = text.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (cells.Count > 0 && cells.All(c => char.IsLetter(c[0]) && char.IsLower(c[0])))
            {
                return true;
            }
        }

        // "… Chỉ thị số 11-CT/TU ngày" / "20/11/2012 của Ban Thường vụ Tỉnh ủy …": a sentence cut after a word.
        var previous = open.Text.ToString().TrimEnd();
        return char.IsAsciiDigit(first) && !isTable && !open.IsTable && previous.Length > 0 && char.IsLetter(previous[^1]) && char.IsLower(previous[^1]);
    }

    private sealed class Builder(string text, int line, bool isFootnote, bool isTable)
    {
        public StringBuilder Text { get; } = new(text);

        public List<(int Offset, int Line)> Starts { get; } = [(0, line)];

        public bool IsFootnote { get; } = isFootnote;

        public bool IsTable { get; } = isTable;

        public void Append(string text, int line, bool isTable)
        {
            if (IsTable && isTable)
            {
                // A row broken inside its cells: join cell by cell.
                var left = Text.ToString().Split('\t');
                var right = text.Split('\t');
                var cells = Enumerable.Range(0, Math.Max(left.Length, right.Length))
                    .Select(i => Join(i < left.Length ? left[i] : string.Empty, i < right.Length ? right[i] : string.Empty));
                Text.Clear().Append(string.Join('\t', cells));
                return;
            }

            Starts.Add((Text.Length + 1, line));
            Text.Append(' ').Append(isTable ? text.Replace('\t', ' ').Trim() : text);
        }

        private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
    }
}
