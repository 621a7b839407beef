using ComplianceEngine.Core.Engine;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Reporting;

/// <summary>Writes a <see cref="Report"/> as a binary document.</summary>
public interface IBinaryReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> in <paramref name="language"/>.</summary>
    void Write(Report report, Language language, Stream output);
}

/// <summary>
/// The gap report as a Word document to attach to a submission, in the presentation of an administrative document
/// (Decree 30/2020/NĐ-CP, Appendix I): A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt
/// (tables 10 pt); the national motto opposite a blank for the issuing unit, a blank place and date, and the heading
/// "BÁO CÁO RÀ SOÁT KẾ HOẠCH". The content is the Markdown report's — summary table, plan tree, coverage matrix, findings
/// with their fixes — read through Markdig and written as Word paragraphs and tables, so the two cannot differ.
/// </summary>
public sealed class DocxReportWriter : IBinaryReportWriter
{
    private const string Font = "Times New Roman";
    private const int BodySize = 26; // half-points: 13 pt
    private const int TableSize = 20;
    private const int HeadingSize = 28;
    private const int TextWidth = 11906 - 1701 - 851; // A4 less the left and right margins, in twips

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <inheritdoc />
    public void Write(Report report, Language language, Stream output)
    {
        using var markdown = new StringWriter { NewLine = "\n" };
        new MarkdownReportWriter().Write(report, language, markdown);

        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new W.Body();
            Header(body, language);
            foreach (var block in Markdown.Parse(markdown.ToString(), Pipeline))
            {
                Block(body, block, 0);
            }

            body.Append(Section());
            main.Document = new W.Document(body);
            document.PackageProperties.Title = TextTable.Report.Get("docx-heading", language);
            document.PackageProperties.Creator = "ComplianceEngine";
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    // The national motto beside a blank for the unit, the place and date left blank, then the heading.
    private static void Header(W.Body body, Language language)
    {
        string T(string key) => TextTable.Report.Get(key, language);
        var table = new W.Table(new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct }, new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        table.Append(new W.TableGrid(new W.GridColumn { Width = "3600" }, new W.GridColumn { Width = "5755" }));
        table.Append(new W.TableRow(
            new W.TableCell(Centered(T("docx-unit-blank"), bold: false), Centered(T("docx-unit-line"), bold: false)),
            new W.TableCell(Centered(T("docx-motto-1"), bold: true), Centered(T("docx-motto-2"), bold: true), Centered("―――――――", bold: false))));
        body.Append(table);
        var date = Paragraph(W.JustificationValues.Right);
        date.Append(Run(T("docx-place-date"), italic: true));
        body.Append(date);
        var heading = Centered(T("docx-heading"), bold: true, HeadingSize);
        heading.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "240", After = "240" });
        body.Append(heading);
    }

    private static void Block(OpenXmlElement parent, Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 }:
                break; // The report's own title: the document's heading stands in its place.
            case HeadingBlock heading:
                var p = Paragraph(W.JustificationValues.Left);
                p.ParagraphProperties!.Append(new W.KeepNext(), new W.SpacingBetweenLines { Before = heading.Level == 2 ? "240" : "160", After = "120" });
                Inlines(p, heading.Inline, bold: true, italic: heading.Level >= 4, size: BodySize);
                parent.Append(p);
                break;
            case ParagraphBlock paragraph:
                var para = Paragraph(W.JustificationValues.Both);
                if (depth > 0)
                {
                    para.ParagraphProperties!.Append(new W.Indentation { Left = (360 * depth).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                }

                Inlines(para, paragraph.Inline, bold: false, italic: false, size: BodySize);
                parent.Append(para);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    foreach (var child in item)
                    {
                        Block(parent, child, depth + 1);
                    }
                }

                break;
            case Table table:
                parent.Append(TableOf(table));
                parent.Append(new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" })));
                break;
        }
    }

    private static W.Table TableOf(Table markdown)
    {
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
            new W.TableCellMarginDefault(new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa }, new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa })));
        // Each column gets room for its longest word (up to 9 letters of 10 pt), and the rest of the width goes by how much
        // text the column holds, so that counts stay narrow and findings get the room.
        var rows = markdown.OfType<TableRow>().ToList();
        var columns = rows.Max(r => r.Count);
        var texts = Enumerable.Range(0, columns).Select(c => rows.Where(r => c < r.Count).Select(r => CellText((TableCell)r[c])).ToList()).ToList();
        var minimum = texts.Select(t => Math.Min(t.Max(x => x.Split(' ').Max(w => w.Length)), 9) * 105.0 + 230).ToList();
        var bulk = texts.Select(t => t.Average(x => Math.Min(x.Length, 200.0))).ToList();
        var spare = Math.Max(0, TextWidth - minimum.Sum());
        var widths = minimum.Select((m, c) => m + (spare * bulk[c] / bulk.Sum())).Select(w => w * Math.Min(1, TextWidth / Math.Max(TextWidth, minimum.Sum()))).Select(w => (int)w).ToList();
        table.Append(new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            // A row is never split across pages; the header row repeats on each page.
            var tr = new W.TableRow(row.IsHeader ? new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()) : new W.TableRowProperties(new W.CantSplit()));

            for (var c = 0; c < row.Count; c++)
            {
                var alignment = c < markdown.ColumnDefinitions.Count && markdown.ColumnDefinitions[c].Alignment == TableColumnAlign.Right
                    ? W.JustificationValues.Right : W.JustificationValues.Left;
                var p = Paragraph(alignment);
                p.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "0", After = "0" });
                foreach (var paragraph in ((TableCell)row[c]).OfType<ParagraphBlock>())
                {
                    Inlines(p, paragraph.Inline, bold: row.IsHeader, italic: false, size: TableSize);
                }

                var cell = new W.TableCell(p);
                var properties = cell.PrependChild(new W.TableCellProperties(new W.TableCellWidth { Width = widths[Math.Min(c, columns - 1)].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }));
                if (row.IsHeader)
                {
                    properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Fill = "EDEDED" });
                }

                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().SelectMany(p => p.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()).Concat(p.Inline.Descendants<CodeInline>().Select(c => c.Content)) ?? [])).Trim() is { Length: > 0 } t ? t : "-";

    private static void Inlines(W.Paragraph paragraph, ContainerInline? inlines, bool bold, bool italic, int size)
    {
        foreach (var inline in inlines ?? Enumerable.Empty<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Append(Run(literal.Content.ToString(), bold, italic, size));
                    break;
                case CodeInline code:
                    paragraph.Append(Run(code.Content, bold, italic, size));
                    break;
                case EmphasisInline emphasis:
                    Inlines(paragraph, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1, size);
                    break;
                case LineBreakInline:
                    paragraph.Append(new W.Run(new W.Break()));
                    break;
                case ContainerInline container:
                    Inlines(paragraph, container, bold, italic, size);
                    break;
                case HtmlEntityInline entity:
                    paragraph.Append(Run(entity.Transcoded.ToString(), bold, italic, size));
                    break;
            }
        }
    }

    private static W.Paragraph Paragraph(W.JustificationValues justification) =>
        new(new W.ParagraphProperties(new W.Justification { Val = justification }));

    private static W.Paragraph Centered(string text, bool bold, int size = BodySize)
    {
        var p = Paragraph(W.JustificationValues.Center);
        p.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "0", After = "0" });
        p.Append(Run(text, bold, italic: false, size));
        return p;
    }

    private static W.Run Run(string text, bool bold = false, bool italic = false, int size = BodySize)
    {
        var props = new W.RunProperties();
        if (bold)
        {
            props.Append(new W.Bold());
        }

        if (italic)
        {
            props.Append(new W.Italic());
        }

        if (size != BodySize)
        {
            props.Append(new W.FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new W.Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    // Times New Roman 13 pt everywhere, single spacing with 6 pt after a paragraph.
    private static W.Styles Styles() => new(
        new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new W.FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new W.FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new W.Languages { Val = "vi-VN" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))),
        new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true });

    // A4 (210 × 297 mm); margins of Decree 30/2020/NĐ-CP: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (1 mm = 56.7 twips).
    private static W.SectionProperties Section() => new(
        new W.PageSize { Width = 11906, Height = 16838 },
        new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 });
}
