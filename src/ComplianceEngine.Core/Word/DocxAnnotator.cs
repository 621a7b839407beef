using System.Text.RegularExpressions;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Word;

/// <summary>What <see cref="DocxAnnotator"/> did: the annotated copy, the comments placed and the changes proposed.</summary>
/// <param name="Bytes">The annotated copy.</param>
/// <param name="Comments">One per finding placed, in the order of the findings.</param>
/// <param name="Changes">Tracked changes proposed with <c>--fix</c>.</param>
public sealed record Annotation(byte[] Bytes, IReadOnlyList<PlacedComment> Comments, IReadOnlyList<ProposedChange> Changes);

/// <summary>A comment written for <paramref name="Finding"/> on the paragraph at <paramref name="Paragraph"/> (0-based, body order).</summary>
public sealed record PlacedComment(Finding Finding, int Paragraph, string Id);

/// <summary>A tracked change: <paramref name="From"/> deleted and <paramref name="To"/> inserted for <paramref name="Finding"/>.</summary>
public sealed record ProposedChange(Finding Finding, string From, string To, int Paragraph);

/// <summary>
/// Writes a copy of a Word plan with a Word comment at each finding (rule, message and fix, in the reader's language), on
/// the paragraph its line was read from (<see cref="DocxLineMap"/>): the table cell of its column, the runs of a citation.
/// A finding with no place of its own in the document (a parent task not covered) goes on the heading of the section it
/// belongs in, else on the title. With <c>fix</c>, a correction the catalogue or the parent makes certain — a cited date,
/// a cited symbol, the parent's number or date — is also written as a tracked change (deletion and insertion by
/// "ComplianceEngine"), never more: a text not found exactly as the finding quotes it is left alone.
/// The original bytes are never written to.
/// </summary>
public static class DocxAnnotator
{
    /// <summary>Author of comments and tracked changes.</summary>
    public const string Author = "ComplianceEngine";

    /// <summary>Annotates <paramref name="original"/>, the Word file of <paramref name="plan"/>, with <paramref name="findings"/>.</summary>
    /// <param name="original">The bytes of the .docx.</param>
    /// <param name="plan">The plan imported from it.</param>
    /// <param name="findings">The findings on the plan (others are ignored).</param>
    /// <param name="parent">The plan's parent, for findings about its tasks; may be null.</param>
    /// <param name="language">Language of the comments.</param>
    /// <param name="fix">Also propose the certain corrections as tracked changes.</param>
    /// <param name="date">Date stamped on comments and changes (the run's as-of day, so output is reproducible).</param>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    public static Annotation Annotate(byte[] original, Plan plan, IEnumerable<Finding> findings, Plan? parent, Language language, bool fix, DateOnly date)
    {
        var (text, map) = DocxPlanImporter.ReadMapped(original, plan.Location.File);
        using var stream = new MemoryStream();
        stream.Write(original);
        var comments = new List<PlacedComment>();
        var changes = new List<ProposedChange>();
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var paragraphs = DocxLineMap.Paragraphs(main.Document!.Body!);
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            commentsPart.Comments ??= new W.Comments();
            var ids = new IdCounter(main);
            var stamp = date.ToDateTime(TimeOnly.MinValue);
            var places = new Places(plan, text, map, parent);

            foreach (var finding in findings.Where(f => f.PlanId == plan.Id))
            {
                if (places.Of(finding) is not { } anchor || anchor.First < 0 || anchor.Last >= paragraphs.Count)
                {
                    continue;
                }

                // The comment is marked first, so that a change proposed in its runs falls inside its range.
                var id = ids.Next();
                Runs.Mark(paragraphs[anchor.First], paragraphs[anchor.Last], Places.Quoted(finding, plan), id);
                var notes = new List<string>();
                if (fix && Fixes.Certain(finding, plan, parent) is { } correction
                    && Runs.Replace(paragraphs[anchor.First], correction.Within, correction.From, correction.To, ids, stamp))
                {
                    changes.Add(new ProposedChange(finding, correction.From, correction.To, anchor.First));
                    notes.Add(TextTable.Report.Get(correction.Why, language, ("from", correction.From), ("to", correction.To)));
                }

                commentsPart.Comments.Append(Comment(id, finding, language, notes, stamp));
                comments.Add(new PlacedComment(finding, anchor.First, id));
            }

            commentsPart.Comments.Save();
            main.Document.Save();
        }

        return new Annotation(stream.ToArray(), comments, changes);
    }

    private static W.Comment Comment(string id, Finding finding, Language language, IReadOnlyList<string> notes, DateTime stamp)
    {
        var severity = TextTable.Report.Get("severity-" + finding.Severity.ToString().ToLowerInvariant(), language);
        var lines = new List<string>
        {
            $"{finding.Rule.Id} · {finding.Rule.Title.For(language)} ({severity})",
            finding.Message(language),
            TextTable.Report.Get("col-fix", language) + ": " + finding.Fix(language),
        };
        lines.AddRange(notes);
        var comment = new W.Comment { Id = id, Author = Author, Initials = "CE", Date = stamp };
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = new W.Paragraph();
            if (i == 0)
            {
                paragraph.Append(new W.Run(new W.AnnotationReferenceMark()));
            }

            paragraph.Append(new W.Run(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
            comment.Append(paragraph);
        }

        return comment;
    }

    // Annotation ids (comments, insertions, deletions) after the largest the document already uses.
    private sealed class IdCounter
    {
        private int next;

        public IdCounter(MainDocumentPart main)
        {
            var used = (main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>().Select(c => c.Id?.Value) ?? [])
                .Concat(main.Document!.Descendants<W.InsertedRun>().Select(r => r.Id?.Value))
                .Concat(main.Document.Descendants<W.DeletedRun>().Select(r => r.Id?.Value));
            next = used.Select(v => int.TryParse(v, out var n) ? n : -1).DefaultIfEmpty(-1).Max() + 1;
        }

        public string Next() => (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where a finding goes in the document.</summary>
    private sealed class Places(Plan plan, DocumentText text, DocxLineMap map, Plan? parent)
    {
        private readonly int titleLine = TitleLine(plan, text);

        public DocxAnchor? Of(Finding finding)
        {
            var at = finding.Location;
            // A line of its own: in this document, with text (a plan-wide finding at a blank first line has none).
            var own = at.Line > 0 && at.Line <= text.Lines.Count && at.File == plan.Location.File
                && finding.Subject.Kind is not ("parent-task" or "parent-report") && text.Lines[at.Line - 1].Text.Trim().Length > 0;
            var line = own ? at.Line : SectionLine(finding) ?? titleLine;
            return line < 1 ? null : map.At(line, own ? at.Column : 1, text.Lines[line - 1].Text);
        }

        /// <summary>The text a comment is anchored on within its paragraph: the citation's symbol, when it is one.</summary>
        public static string? Quoted(Finding finding, Plan plan) =>
            finding.Subject.Kind == "citation" ? CitationOf(finding, plan)?.Number : null;

        /// <summary>The citation a finding is about: at its place, with its symbol (a line may hold several).</summary>
        public static Citation? CitationOf(Finding finding, Plan plan)
        {
            var here = plan.AllCitations.Where(c => c.Location == finding.Location).ToList();
            return here.FirstOrDefault(c => c.Number == finding.Subject.Id) ?? (here.Count == 1 ? here[0] : null);
        }

        // The child's section whose heading names the parent task's section ("II. NHIỆM VỤ" under either's numbering).
        private int? SectionLine(Finding finding)
        {
            var task = parent?.Tasks.FirstOrDefault(t => t.Id == finding.Subject.Id);
            var section = task?.Section is { } number ? parent!.Sections.FirstOrDefault(s => s.Number == number) : null;
            if (section is null)
            {
                return null;
            }

            var key = VietnameseText.Fold(section.Title);
            return plan.Sections.FirstOrDefault(s => s.Location.File == plan.Location.File && VietnameseText.Fold(s.Title) is var own
                && own.Length > 0 && (own.Contains(key, StringComparison.Ordinal) || key.Contains(own, StringComparison.Ordinal)))?.Location.Line;
        }

        // The first line of the title ("KẾ HOẠCH" or the document type, then the title lines): the first non-blank line the
        // title begins with, after the header.
        private static int TitleLine(Plan plan, DocumentText text)
        {
            var title = VietnameseText.Fold(plan.Title);
            var line = text.Lines.FirstOrDefault(l => l.Origin == LineOrigin.Body && VietnameseText.Fold(l.Text.Trim()) is { Length: >= 4 } t
                && title.StartsWith(t, StringComparison.Ordinal));
            return line?.Number ?? (plan.Location.Line > 0 ? plan.Location.Line : 1);
        }
    }

    /// <summary>A correction made certain by the catalogue or the parent.</summary>
    /// <param name="Within">Text of the paragraph the change must fall in (the citation as written).</param>
    /// <param name="From">Text as written.</param>
    /// <param name="To">Text as it must be.</param>
    /// <param name="Why">Key of the note in report-strings.yaml.</param>
    private sealed record Correction(string? Within, string From, string To, string Why);

    private static class Fixes
    {
        public static Correction? Certain(Finding finding, Plan plan, Plan? parent)
        {
            var args = finding.Args;
            var citation = Places.CitationOf(finding, plan);
            string? Arg(string name) => args.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
            return (finding.Rule.Id, finding.Variant) switch
            {
                // A cited date the catalogue gives otherwise (CE-L003); the parent's own date (CE-C001 wrong-date).
                ("CE-L003", null) when Arg("cited") is { } cited && Arg("docDate") is { } right =>
                    new Correction(citation?.Raw, cited, right, "annotate-fix-catalog"),
                ("CE-C001", "wrong-date") when Arg("citedDate") is { } cited && Arg("parentDate") is { } right && parent is not null =>
                    new Correction(Arg("cited"), cited, right, "annotate-fix-parent"),

                // A symbol written with the wrong separators, year or kind (CE-L005, matched in the catalogue), the parent's number (CE-C001).
                ("CE-L005", not "shape") when Arg("number") is { } cited && Arg("symbol") is { } right =>
                    new Correction(citation?.Raw, cited, right, "annotate-fix-catalog"),
                ("CE-C001", "wrong-number") when Arg("declared") is { } cited && Arg("parentNumber") is { } right && parent is not null =>
                    new Correction(citation?.Raw, cited, right, "annotate-fix-parent"),
                _ => null,
            };
        }
    }

    /// <summary>Edits within a paragraph's runs.</summary>
    private static partial class Runs
    {
        // The visible text of the paragraph with, for each character, its w:t (deleted text excluded).
        private static (string Text, List<(W.Text Node, int Start)> Nodes) Read(W.Paragraph paragraph)
        {
            var nodes = new List<(W.Text, int)>();
            var sb = new System.Text.StringBuilder();
            foreach (var t in paragraph.Descendants<W.Text>().Where(t => t.Parent is W.Run && t.Ancestors<W.DeletedRun>().FirstOrDefault() is null))
            {
                nodes.Add((t, sb.Length));
                sb.Append(t.Text);
            }

            return (sb.ToString(), nodes);
        }

        /// <summary>
        /// Replaces <paramref name="from"/> by <paramref name="to"/> as a tracked change, where it occurs once within
        /// <paramref name="within"/> in one run. False, and nothing changed, otherwise: a change is never guessed.
        /// </summary>
        public static bool Replace(W.Paragraph paragraph, string? within, string from, string to, IdCounter ids, DateTime stamp)
        {
            var (text, nodes) = Read(paragraph);
            var start = 0;
            var end = text.Length;
            if (within is not null)
            {
                // The citation as the importer quotes it; when its spacing differs from the paragraph's, the whole paragraph,
                // where the text to change must then occur once.
                var w = text.IndexOf(within, StringComparison.Ordinal);
                if (w >= 0 && text.IndexOf(within, w + 1, StringComparison.Ordinal) < 0)
                {
                    (start, end) = (w, w + within.Length);
                }
            }

            var matches = Occurrences(text[start..end], from).ToList();
            if (matches.Count != 1)
            {
                return false;
            }

            var at = start + matches[0];
            var node = nodes.LastOrDefault(n => n.Start <= at);
            if (node.Node is null || at + from.Length > node.Start + node.Node.Text.Length)
            {
                return false; // The text runs across runs: left to the comment.
            }

            var run = (W.Run)node.Node.Parent!;
            var offset = at - node.Start;
            var before = node.Node.Text[..offset];
            var after = node.Node.Text[(offset + from.Length)..];
            var tail = new W.Run();
            if (run.RunProperties is { } props)
            {
                tail.Append(props.CloneNode(true));
            }

            tail.Append(new W.Text(after) { Space = SpaceProcessingModeValues.Preserve });
            foreach (var sibling in node.Node.ElementsAfter().ToList())
            {
                sibling.Remove();
                tail.Append(sibling);
            }

            node.Node.Text = before;
            node.Node.Space = SpaceProcessingModeValues.Preserve;
            var deleted = new W.DeletedRun(Styled(run, new W.DeletedText(from) { Space = SpaceProcessingModeValues.Preserve }))
            { Author = Author, Date = stamp, Id = ids.Next() };
            var inserted = new W.InsertedRun(Styled(run, new W.Text(to) { Space = SpaceProcessingModeValues.Preserve }))
            { Author = Author, Date = stamp, Id = ids.Next() };
            run.InsertAfterSelf(deleted);
            deleted.InsertAfterSelf(inserted);
            inserted.InsertAfterSelf(tail);
            return true;
        }

        /// <summary>
        /// Marks the comment <paramref name="id"/> from <paramref name="first"/> to <paramref name="last"/>, or only on the runs
        /// of <paramref name="quoted"/> when it occurs in <paramref name="first"/>.
        /// </summary>
        public static void Mark(W.Paragraph first, W.Paragraph last, string? quoted, string id)
        {
            OpenXmlElement? startAt = null;
            OpenXmlElement? endAt = null;
            if (quoted is not null && first == last)
            {
                var (text, nodes) = Read(first);
                var at = text.IndexOf(quoted, StringComparison.Ordinal);
                if (at >= 0)
                {
                    startAt = nodes.Last(n => n.Start <= at).Node.Parent;
                    endAt = nodes.Last(n => n.Start <= at + quoted.Length - 1).Node.Parent;
                }
            }

            var start = new W.CommentRangeStart { Id = id };
            if (startAt is not null)
            {
                startAt.InsertBeforeSelf(start);
            }
            else if (first.ParagraphProperties is { } props)
            {
                props.InsertAfterSelf(start);
            }
            else
            {
                first.PrependChild(start);
            }

            var end = new W.CommentRangeEnd { Id = id };
            var reference = new W.Run(new W.CommentReference { Id = id });
            if (endAt is not null)
            {
                endAt.InsertAfterSelf(end);
            }
            else
            {
                last.Append(end);
            }

            end.InsertAfterSelf(reference);
        }

        private static W.Run Styled(W.Run like, OpenXmlElement content)
        {
            var run = new W.Run();
            if (like.RunProperties is { } props)
            {
                run.Append(props.CloneNode(true));
            }

            run.Append(content);
            return run;
        }

        // Where needle occurs, not inside a longer number ("1/2018" is not in "11/2018").
        private static IEnumerable<int> Occurrences(string text, string needle)
        {
            var pattern = (char.IsDigit(needle[0]) ? @"(?<!\d)" : string.Empty) + Regex.Escape(needle) + (char.IsDigit(needle[^1]) ? @"(?!\d)" : string.Empty);
            return Regex.Matches(text, pattern).Select(m => m.Index);
        }
    }
}
