using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Word;

/// <summary>
/// A Word document from the lines of a plan as the importer reads them: one paragraph per line, each run of
/// tab-separated lines one table (a cell per part), Times New Roman 13 pt on A4 with the margins of Decree 30/2020/NĐ-CP.
/// Read back by the importer, it gives the same lines.
/// </summary>
public static class LinesDocx
{
    /// <summary>The document of <paramref name="lines"/>.</summary>
    public static byte[] Build(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new W.FontSize { Val = "26" }, new W.Languages { Val = "vi-VN" }))));
            var body = new W.Body();
            W.Table? table = null;
            foreach (var line in lines)
            {
                if (line.Contains('\t') && line.Trim().Length > 0)
                {
                    table ??= body.AppendChild(new W.Table(new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct })));
                    table.Append(new W.TableRow(line.Split('\t').Select(cell => new W.TableCell(Paragraph(cell)))));
                    continue;
                }

                table = null;
                body.Append(Paragraph(line));
            }

            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) =>
        text.Length == 0 ? new W.Paragraph() : new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
