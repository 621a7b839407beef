using System.Text.RegularExpressions;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Tests.Reporting;

/// <summary><c>--format docx</c>: the gap report as a Word document in the presentation of an administrative document.</summary>
public sealed partial class DocxReportWriterTests
{
    private static Report AuditReport(string cascade)
    {
        var evaluation = RuleHarness.Evaluate(Fixtures.Load(Repo.Path("fixtures", "cascades", cascade)).ToArray());
        return Report.From(evaluation, [], null, reported => ComplianceEngine.Rules.RuleAssembly.Trace(reported, evaluation, Ruleset.Empty));
    }

    private static string Markdown(Report report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new MarkdownReportWriter().Write(report, Language.Vi, writer);
        return writer.ToString();
    }

    private static byte[] Docx(Report report, Language language = Language.Vi)
    {
        using var stream = new MemoryStream();
        new DocxReportWriter().Write(report, language, stream);
        return stream.ToArray();
    }

    // "`file:line:col` | … " rows of the Markdown report's findings, with their rule from the heading above them.
    private static List<string> FindingsOf(string markdown)
    {
        var found = new List<string>();
        string? rule = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (RuleHeading().Match(line) is { Success: true } h)
            {
                rule = h.Groups[1].Value;
            }
            else if (rule is not null && FindingRow().Match(line) is { Success: true } r)
            {
                found.Add(rule + " " + r.Groups[1].Value);
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                rule = null;
            }
        }

        return found;
    }

    private static string Squeezed(string text) => WhiteSpace().Replace(text, string.Empty);

    [Theory]
    [InlineData("lai-chau-2026")]
    [InlineData("thanh-hoa-2019")]
    public void EveryFindingOfTheMarkdownReport_IsInTheWordReport(string cascade)
    {
        var report = AuditReport(cascade);
        var expected = FindingsOf(Markdown(report));
        Assert.NotEmpty(expected);
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(report)), false);
        var text = Squeezed(document.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.All(expected, f => Assert.Contains(Squeezed(f.Split(' ')[0]), text, StringComparison.Ordinal));
        Assert.All(expected, f => Assert.Contains(Squeezed(f.Split(' ')[1]), text, StringComparison.Ordinal));
        Assert.Contains("BÁOCÁORÀSOÁTKẾHOẠCH", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Presentation_A4_Decree30Margins_TimesNewRoman13()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(AuditReport("lai-chau-2026"))), false);
        var section = document.MainDocumentPart!.Document!.Body!.Elements<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // A4 in twips
        const double mm = 1440 / 25.4;
        Assert.InRange(margin.Top!.Value / mm, 20, 25);
        Assert.InRange(margin.Bottom!.Value / mm, 20, 25);
        Assert.InRange(margin.Left!.Value / mm, 30, 35);
        Assert.InRange(margin.Right!.Value / mm, 15, 20);
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2.0, 13, 14);
    }

    [Fact]
    public void Cli_DocxWithoutOut_Exit2()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--format", "docx");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [ToolFact("libreoffice", "pdftotext")]
    public void WordReport_ConvertsToPdf_AndThePdfHasEveryFinding()
    {
        var dir = Directory.CreateTempSubdirectory("ce-docx-report-").FullName;
        var docx = Path.Combine(dir, "bao-cao.docx");
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--format", "docx", "--out", docx);
        Assert.Equal(1, result.ExitCode);

        // pdftotext joins a word broken at a hyphen at the end of a line without the hyphen: compared without hyphens.
        static string Bare(string text) => Squeezed(text).Replace("-", string.Empty, StringComparison.Ordinal);
        var text = Bare(Tools.PdfText(Tools.ConvertToPdf(dir, docx)[0]));
        var expected = FindingsOf(Markdown(AuditReport("lai-chau-2026")));
        Assert.NotEmpty(expected);
        Assert.All(expected, f => Assert.Contains(Bare(f.Split(' ')[1]), text, StringComparison.Ordinal));
        Assert.All(expected, f => Assert.Contains(Bare(f.Split(' ')[0]), text, StringComparison.Ordinal));
        Assert.Contains("BÁOCÁORÀSOÁTKẾHOẠCH", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^#### (CE-[A-Z]\d{3}) ")]
    private static partial Regex RuleHeading();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex FindingRow();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
