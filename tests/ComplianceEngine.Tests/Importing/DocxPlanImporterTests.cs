using ComplianceEngine.Core.Importing;
using ComplianceEngine.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Word documents: the same line list as a text conversion, numbering and footnotes rendered as a reader sees them.</summary>
public sealed class DocxPlanImporterTests
{
    public static TheoryData<string> Seeds() =>
        ["000_e9cd2d02cd492238", "001_0f6675b2cba987fa", "002_7e8e160c5670c66d", "003_da39caddab931df9", "004_a24cbc1ae2d40f4e"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedConvertedToWordByLibreOffice_ImportsToTheSamePlanAsTheSeedText(string seed)
    {
        // fixtures/import/seeds-docx/*.docx were made from the seeds by SeedDocxGenerator (libreoffice --convert-to docx).
        var fromText = PlanYamlWriter.Write(ImportAccuracy.Import(Path.Combine(Repo.Seeds, seed + ".txt")));
        var fromWord = PlanYamlWriter.Write(ImportAccuracy.Import(Repo.Path("fixtures", "import", "seeds-docx", seed + ".docx")));

        Assert.Equal(WithoutProvenance(fromText), WithoutProvenance(fromWord));
    }

    [Fact]
    public void AutomaticNumbering_IsRenderedAndRestartsUnderEachSection()
    {
        var lines = Lines(
            Numbered(1, 0, "MỤC ĐÍCH"), Numbered(1, 1, "Mục đích"), Numbered(2, 0, "Nâng cao nhận thức"), Numbered(2, 1, "Cập nhật số liệu"),
            Numbered(1, 0, "NỘI DUNG"), Numbered(1, 1, "Tuyên truyền"), Numbered(1, 2, "Hội nghị"), Numbered(1, 2, "Tọa đàm"), Numbered(1, 1, "Kiểm tra"));

        Assert.Equal(["I. MỤC ĐÍCH", "1. Mục đích", "- Nâng cao nhận thức", "+ Cập nhật số liệu", "II. NỘI DUNG", "1. Tuyên truyền", "1.1. Hội nghị", "1.2. Tọa đàm", "2. Kiểm tra"], lines);
    }

    [Fact]
    public void Footnote_IsASuperscriptInTheTextAndALineAfterTheBody()
    {
        var bytes = Docx(
            [new Paragraph(new Run(new Text("Căn cứ Kế hoạch số 101/KH-SYT")), new Run(new FootnoteReference { Id = 7 }), new Run(new Text(";"))), new Paragraph(new Run(new Text("Thân bài")))],
            footnote: (7, "KH số 738/KH-UBND ngày 13/4/2016 của UBND tỉnh."));

        var lines = DocxPlanImporter.ReadLines(bytes, "d.docx").Lines;

        Assert.Equal(["1 Body Căn cứ Kế hoạch số 101/KH-SYT¹;", "2 Body Thân bài", "3 Footnote ¹ KH số 738/KH-UBND ngày 13/4/2016 của UBND tỉnh."],
            lines.Select(l => $"{l.Number} {l.Origin} {l.Text}"));
    }

    [Fact]
    public void LayoutTable_GivesItsLinesSideBySide_DataTable_OneLinePerRow()
    {
        var layout = new Table(new TableRow(
            new TableCell(P("UBND TỈNH LAI CHÂU"), P("SỞ Y TẾ"), P("Số: 101/KH-SYT")),
            new TableCell(P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), P("Lai Châu, ngày 20 tháng 4 năm 2026"))));
        var data = new Table(new TableRow(new TableCell(P("1")), new TableCell(P("Tỷ lệ nữ"), P("lãnh đạo")), new TableCell(P("%"))));

        var lines = DocxPlanImporter.ReadLines(Docx([layout, data]), "d.docx").Lines.Select(l => l.Text);

        Assert.Equal(["UBND TỈNH LAI CHÂU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ\tLai Châu, ngày 20 tháng 4 năm 2026", "Số: 101/KH-SYT\t", "1\tTỷ lệ nữ lãnh đạo\t%"], lines);
    }

    [Fact]
    public void ConstructedWordPlan_ReadsNumberDateTasksAndTheFootnoteCitation()
    {
        var plan = ImportAccuracy.Import(Repo.Path("fixtures", "import", "kh-ttyt-tam-duong-2026.docx"));

        Assert.Equal(("58/KH-TTYT", "2026-05-06", "Trung tâm Y tế huyện Tam Đường"), (plan.Number?.Value, plan.IssueDate?.Value.ToString(), plan.Issuer.Value));
        Assert.Equal(["1", "2", "2.1", "2.2", "3", "IV.1", "IV.2", "IV.3"], plan.Tasks.Select(t => t.Id));
        Assert.Contains(plan.References, c => c.Number == "45/KH-UBND" && c.Location.Line == 53);
    }

    [Fact]
    public void BytesThatAreNotAWordDocument_AreInvalidData() =>
        Assert.Throws<InvalidDataException>(() => DocxPlanImporter.ReadLines([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "d.docx"));

    private static string WithoutProvenance(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith("id:", StringComparison.Ordinal) && !l.StartsWith("source:", StringComparison.Ordinal) && !l.StartsWith("# Imported", StringComparison.Ordinal)));

    private static Paragraph P(string text) => new(new Run(new Text(text)));

    private static Paragraph Numbered(int numId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), new Run(new Text(text)));

    private static string[] Lines(params OpenXmlElement[] body) => DocxPlanImporter.ReadLines(Docx(body), "d.docx").Lines.Select(l => l.Text).ToArray();

    private static byte[] Docx(OpenXmlElement[] body, (int Id, string Text)? footnote = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            static Level Level(int index, NumberFormatValues format, string text) =>
                new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(Level(0, NumberFormatValues.UpperRoman, "%1."), Level(1, NumberFormatValues.Decimal, "%2."), Level(2, NumberFormatValues.Decimal, "%2.%3.")) { AbstractNumberId = 0 },
                new AbstractNum(Level(0, NumberFormatValues.Bullet, "-"), Level(1, NumberFormatValues.Bullet, "+")) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
            if (footnote is { } f)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" " + f.Text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = f.Id });
            }

            main.Document = new Document(new Body(body));
        }

        return stream.ToArray();
    }
}
