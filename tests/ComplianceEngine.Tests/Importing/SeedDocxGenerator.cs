using System.Diagnostics;
using System.Security;
using System.Text;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// Test-data generation, not a test: rebuilds fixtures/import/seeds-docx/*.docx from the seeds with LibreOffice
/// (<c>libreoffice --headless --convert-to docx</c>, package libreoffice-writer). Each seed line becomes one paragraph
/// (emphasis as real bold and italic runs), each run of tab-separated lines one table, so that the Word file has the
/// seed's lines as its paragraphs and rows. Runs only with CE_GENERATE_IMPORT_FIXTURES=1; the .docx files are committed and
/// the tests never call LibreOffice.
/// </summary>
public sealed class SeedDocxGenerator
{
    private static readonly string[] Seeds =
        ["000_e9cd2d02cd492238", "001_0f6675b2cba987fa", "002_7e8e160c5670c66d", "003_da39caddab931df9", "004_a24cbc1ae2d40f4e"];

    [GeneratorFact]
    public void GenerateSeedDocx_WhenAsked()
    {
        var outDir = Repo.Path("fixtures", "import", "seeds-docx");
        Directory.CreateDirectory(outDir);
        var work = Directory.CreateTempSubdirectory("ce-seed-docx-").FullName;
        foreach (var seed in Seeds)
        {
            var text = File.ReadAllText(Path.Combine(Repo.Seeds, seed + ".txt")).Replace("\r\n", "\n").Normalize(NormalizationForm.FormC);
            var fodt = Path.Combine(work, seed + ".fodt");
            File.WriteAllText(fodt, FlatOdt(MarkdownPlanImporter.ReadStyledLines(text)), new UTF8Encoding(false));
            var soffice = Process.Start(new ProcessStartInfo("soffice", ["--headless", "--convert-to", "docx", "--outdir", outDir, fodt]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            soffice.WaitForExit();
            Assert.Equal(0, soffice.ExitCode);
        }
    }

    /// <summary>A flat OpenDocument text: one paragraph per line, tables for tab-separated lines.</summary>
    private static string FlatOdt(IReadOnlyList<IReadOnlyList<(string Text, bool Bold, bool Italic)>> lines)
    {
        var body = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var plain = string.Concat(lines[i].Select(s => s.Text));
            if (plain.Trim(' ').Contains('\t') && plain.Trim().Length > 0)
            {
                var rows = new List<string[]>();
                for (; i < lines.Count && string.Concat(lines[i].Select(s => s.Text)) is var row && row.Trim(' ').Contains('\t') && row.Trim().Length > 0; i++)
                {
                    rows.Add(row.Split('\t'));
                }

                i--;
                var columns = rows.Max(r => r.Length);
                body.Append($"<table:table table:name=\"T{i}\"><table:table-column table:number-columns-repeated=\"{columns}\"/>");
                foreach (var r in rows)
                {
                    body.Append("<table:table-row>");
                    for (var c = 0; c < columns; c++)
                    {
                        body.Append("<table:table-cell office:value-type=\"string\"><text:p>").Append(Escape(c < r.Length ? r[c] : string.Empty)).Append("</text:p></table:table-cell>");
                    }

                    body.Append("</table:table-row>");
                }

                body.Append("</table:table>");
                continue;
            }

            body.Append("<text:p>");
            if (plain.Trim().Length > 0)
            {
                foreach (var (t, bold, italic) in lines[i])
                {
                    var style = bold && italic ? "BI" : bold ? "B" : italic ? "I" : null;
                    body.Append(style is null ? Escape(t) : $"<text:span text:style-name=\"{style}\">{Escape(t)}</text:span>");
                }
            }

            body.Append("</text:p>");
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:automatic-styles>
            <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
            <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
            <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
            </office:automatic-styles>
            <office:body><office:text>{body}</office:text></office:body>
            </office:document>
            """;
    }

    // Runs of spaces are kept as text:s so that "Số: *1007* /KH- BVSTBCPN" keeps its spacing.
    private static string Escape(string text)
    {
        var escaped = SecurityElement.Escape(text.Replace("\t", " "))!;
        return System.Text.RegularExpressions.Regex.Replace(escaped, " {2,}", m => " " + $"<text:s text:c=\"{m.Length - 1}\"/>");
    }
}
