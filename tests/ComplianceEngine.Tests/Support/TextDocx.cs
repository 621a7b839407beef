using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Tests.Support;

/// <summary>
/// Test-input construction: a plan written as text becomes a Word file — one paragraph per line, each run of
/// tab-separated lines one table (a cell per tab-separated part) — the shape a secretary's Word plan has.
/// </summary>
internal static class TextDocx
{
    public static byte[] Build(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            W.Table? table = null;
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.Contains('\t') && line.Trim().Length > 0)
                {
                    table ??= body.AppendChild(new W.Table(new W.TableProperties(new W.TableBorders(
                        new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                        new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                        new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }))));
                    table.Append(new W.TableRow(line.Split('\t').Select(cell => new W.TableCell(Paragraph(cell)))));
                    continue;
                }

                table = null;
                body.Append(Paragraph(line));
            }

            document.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) =>
        text.Length == 0 ? new W.Paragraph() : new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
