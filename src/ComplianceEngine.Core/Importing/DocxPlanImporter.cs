using System.Text;
using ComplianceEngine.Core.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Imports a plan from a Word document (.docx) through DocumentFormat.OpenXml. Produces the same line list as
/// <see cref="MarkdownPlanImporter"/>: one line per paragraph (empty ones included, a soft line break starting a new line),
/// Word's automatic numbering rendered as the text a reader sees ("1.", "4.1.", "-", "+"), each table row as one line of
/// tab-separated cells, footnote references as superscript numbers and the footnotes' text after the body.
/// A line number of a .docx is therefore the position of the paragraph (or table row) in the document;
/// <see cref="ReadMapped"/> also gives, for every line, the paragraphs it was read from (<see cref="DocxLineMap"/>),
/// so that a finding's line can be found again in the Word file.
/// </summary>
internal static class DocxPlanImporter
{
    /// <summary>Imports the Word document <paramref name="bytes"/> read from <paramref name="file"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    public static Plan Import(byte[] bytes, string file, string id) => PlanExtractor.Extract(ReadLines(bytes, file), id);

    /// <summary>The lines of the document as a reader sees them.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static DocumentText ReadLines(byte[] bytes, string file) => ReadMapped(bytes, file).Text;

    /// <summary>The lines of the document, and where in the Word file each comes from.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static (DocumentText Text, DocxLineMap Map) ReadMapped(byte[] bytes, string file)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
            var body = main.Document?.Body ?? throw new InvalidDataException("the document has no body");
            var reader = new Reader(new WordNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles), DocxLineMap.ParagraphIndex(body));
            foreach (var element in body.ChildElements)
            {
                reader.Block(element);
            }

            reader.Footnotes(main.FootnotesPart?.Footnotes);
            return (new DocumentText(file, reader.Lines), new DocxLineMap(reader.Anchors));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private sealed class Reader(WordNumbering numbering, IReadOnlyDictionary<W.Paragraph, int> paragraphIndex)
    {
        private readonly List<long> footnoteOrder = [];
        private readonly Dictionary<long, int> footnoteCitedIn = [];

        public List<DocumentLine> Lines { get; } = [];

        public List<IReadOnlyList<DocxAnchor>> Anchors { get; } = [];

        public void Block(OpenXmlElement element)
        {
            switch (element)
            {
                case W.Paragraph p:
                    foreach (var line in ParagraphLines(p))
                    {
                        Add(line, [Of(p)]);
                    }

                    break;
                case W.Table t:
                    foreach (var row in t.Elements<W.TableRow>())
                    {
                        var cells = row.Elements<W.TableCell>().ToList();
                        var stacked = cells.Select(c => c.Elements<W.Paragraph>().SelectMany(p => ParagraphLines(p).Select(l => (Text: l, At: Of(p)))).Where(l => l.Text.Trim().Length > 0).ToList()).ToList();
                        if (cells.Count <= 2 && stacked.Any(s => s.Count > 1))
                        {
                            // A layout table (header, "Nơi nhận" beside the signature): its lines side by side, as a conversion shows them.
                            for (var k = 0; k < stacked.Max(s => s.Count); k++)
                            {
                                Add(string.Join('\t', stacked.Select(s => k < s.Count ? s[k].Text.Trim() : string.Empty)),
                                    [.. stacked.Select((s, c) => k < s.Count ? s[k].At : OfCell(cells[c]))]);
                            }
                        }
                        else
                        {
                            Add(string.Join('\t', stacked.Select(s => string.Join(' ', s.Select(l => l.Text.Trim())))), [.. cells.Select(OfCell)]);
                        }
                    }

                    break;
                case W.SdtBlock sdt:
                    foreach (var child in sdt.SdtContentBlock?.ChildElements ?? [])
                    {
                        Block(child);
                    }

                    break;
            }
        }

        public void Footnotes(W.Footnotes? footnotes)
        {
            for (var k = 0; k < footnoteOrder.Count; k++)
            {
                var note = footnotes?.Elements<W.Footnote>().FirstOrDefault(f => f.Id?.Value == footnoteOrder[k]);
                if (note is null)
                {
                    continue;
                }

                var text = string.Join(' ', note.Elements<W.Paragraph>().Select(p => string.Join(' ', ParagraphLines(p, inFootnote: true))).Where(t => t.Trim().Length > 0));
                Lines.Add(new DocumentLine(Lines.Count + 1, Superscript(k + 1) + " " + text.Trim(), LineOrigin.Footnote));

                // A footnote's line is found again at the paragraph of the body that carries its reference.
                var at = footnoteCitedIn[footnoteOrder[k]];
                Anchors.Add([new DocxAnchor(at, at)]);
            }
        }

        private void Add(string text, IReadOnlyList<DocxAnchor> anchors)
        {
            Lines.Add(new DocumentLine(Lines.Count + 1, text));
            Anchors.Add(anchors);
        }

        private DocxAnchor Of(W.Paragraph paragraph) => new(paragraphIndex[paragraph], paragraphIndex[paragraph]);

        // A table cell, from its first paragraph to its last.
        private DocxAnchor OfCell(W.TableCell cell)
        {
            var paragraphs = cell.Elements<W.Paragraph>().ToList();
            return paragraphs.Count == 0 ? new DocxAnchor(-1, -1) : new DocxAnchor(paragraphIndex[paragraphs[0]], paragraphIndex[paragraphs[^1]]);
        }

        private List<string> ParagraphLines(W.Paragraph paragraph, bool inFootnote = false)
        {
            var lines = new List<string>();
            var sb = new StringBuilder();
            var label = inFootnote ? null : numbering.Next(paragraph);
            if (label is not null)
            {
                sb.Append(label).Append(' ');
            }

            foreach (var e in paragraph.Descendants())
            {
                switch (e)
                {
                    case W.Text t when t.Parent is W.Run:
                        sb.Append(t.Text);
                        break;
                    case W.TabChar when e.Parent is W.Run:
                        sb.Append('\t');
                        break;
                    case W.NoBreakHyphen:
                        sb.Append('-');
                        break;
                    case W.Break br when br.Type?.Value != W.BreakValues.Page && br.Type?.Value != W.BreakValues.Column:
                    case W.CarriageReturn:
                        lines.Add(sb.ToString());
                        sb.Clear();
                        break;
                    case W.FootnoteReference reference when reference.Id?.Value is long id:
                        if (!footnoteOrder.Contains(id))
                        {
                            footnoteOrder.Add(id);
                            footnoteCitedIn[id] = paragraphIndex.GetValueOrDefault(paragraph, -1);
                        }

                        sb.Append(Superscript(footnoteOrder.IndexOf(id) + 1));
                        break;
                }
            }

            lines.Add(sb.ToString());
            return lines;
        }

        private static string Superscript(int n) =>
            string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
    }
}
