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
    public static Plan Import(byte[] bytes, string file, string id) => Import(bytes, file, id, InputLimits.Default, CancellationToken.None);

    /// <summary>Imports the Word document, held to <paramref name="limits"/> and stopped by <paramref name="cancel"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    public static Plan Import(byte[] bytes, string file, string id, InputLimits limits, CancellationToken cancel) =>
        PlanExtractor.Extract(ReadLines(bytes, file, limits), id, cancel);

    /// <summary>The lines of the document as a reader sees them.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static DocumentText ReadLines(byte[] bytes, string file) => ReadMapped(bytes, file).Text;

    /// <summary>The lines of the document, held to <paramref name="limits"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static DocumentText ReadLines(byte[] bytes, string file, InputLimits limits) => ReadMapped(bytes, file, limits).Text;

    /// <summary>
    /// The lines of the document, and where in the Word file each comes from, after the package has been measured
    /// (<see cref="CheckPackage"/>): OpenXml only ever opens a package whose parts are known to be small and shallow
    /// enough. Relationships to outside the package (hyperlinks, an altChunk's source, a linked object) are never
    /// followed: only the main part, numbering, styles and footnotes are read.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static (DocumentText Text, DocxLineMap Map) ReadMapped(byte[] bytes, string file) => ReadMapped(bytes, file, InputLimits.Default);

    /// <summary>As <see cref="ReadMapped(byte[], string)"/>, held to <paramref name="limits"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a Word document.</exception>
    internal static (DocumentText Text, DocxLineMap Map) ReadMapped(byte[] bytes, string file, InputLimits limits)
    {
        CheckPackage(bytes, file, limits);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxFileBytes });
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
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidOperationException or System.Xml.XmlException
            or FormatException or OverflowException or ArgumentException or IOException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>
    /// Measures the package before OpenXml opens it — a zip bomb must be stopped before it is inflated: at most
    /// <see cref="InputLimits.MaxDocxEntries"/> entries; every entry inflated through a counter, in total no more than
    /// <see cref="InputLimits.MaxFileBytes"/> (the sizes a zip declares are not trusted); the XML parts no deeper than
    /// <see cref="InputLimits.MaxNestingDepth"/> elements beyond Word's own structure, read without DTDs.
    /// </summary>
    internal static void CheckPackage(byte[] bytes, string file, InputLimits limits)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxDocxEntries)
            {
                throw InputLimits.Breach(SourceLocation.FileOnly(file), "max_docx_entries", limits.MaxDocxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    zip.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var raw = entry.Open();
                using var counted = new CountingStream(raw, limits.MaxFileBytes - total, () => throw InputLimits.Breach(SourceLocation.FileOnly(file), "max_file_mb",
                    limits.Described().First().Value, "inflated, the parts of the Word file are larger"));
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    CheckXmlDepth(counted, file, entry.FullName, limits);
                }

                while (counted.Read(buffer, 0, buffer.Length) > 0)
                {
                }

                total += counted.Count;
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException and not FileNotFoundException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    // Word's own structure (document, body, tables in table cells, content controls) is a few levels; the limit is on top.
    private const int WordStructureDepth = 16;

    private static void CheckXmlDepth(Stream stream, string file, string part, InputLimits limits)
    {
        using var reader = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false });
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.Depth > WordStructureDepth + limits.MaxNestingDepth)
            {
                throw InputLimits.Breach(SourceLocation.FileOnly(file), "max_nesting_depth",
                    limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), part + " nests deeper");
            }
        }
    }

    // A read-only stream that counts what passes through it and calls over() when more than allowed has.
    private sealed class CountingStream(Stream inner, long allowed, Action over) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            if (Count > allowed)
            {
                over();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
                var note = footnotes?.Elements<W.Footnote>().FirstOrDefault(f => WordNumbering.Long(f.Id) == footnoteOrder[k]);
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
                    case W.Break br when br.Type?.InnerText is not ("page" or "column"):
                    case W.CarriageReturn:
                        lines.Add(sb.ToString());
                        sb.Clear();
                        break;
                    case W.FootnoteReference reference when WordNumbering.Long(reference.Id) is long id:
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
