using ComplianceEngine.Core.Importing;

namespace ComplianceEngine.Tests.Importing;

/// <summary>The line view of a Markdown or text document: Markdig's emphasis and headings removed, lines 1-based.</summary>
public sealed class MarkdownPlanImporterTests
{
    private static string[] Lines(string text) => MarkdownPlanImporter.ReadLines(text, "d.md").Lines.Select(l => $"{l.Number}:{l.Text}").ToArray();

    [Fact]
    public void Emphasis_IsRemovedAndLinesKeepTheirNumbers()
    {
        // Seed 000 l. 3 and 5, and the signature of seed 002.
        var lines = Lines("\n\nSố: *1007* /KH- BVSTBCPN\n\nThanh Hoá, ngày *26* tháng 4 năm 2019\n**TRƯỞNG BAN\nVÌ SỰ TIẾN BỘ CỦA PHỤ NỮ**\nGIÁM ĐỐC**Vũ Văn Quang**");

        Assert.Equal(["1:", "2:", "3:Số: 1007 /KH- BVSTBCPN", "4:", "5:Thanh Hoá, ngày 26 tháng 4 năm 2019", "6:TRƯỞNG BAN", "7:VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ", "8:GIÁM ĐỐCVũ Văn Quang"], lines);
    }

    [Fact]
    public void AsteriskThatIsNotEmphasis_IsKept()
    {
        // Seed 003 l. 144: "27*" and "(*)" are a footnote mark of the table, not emphasis.
        Assert.Equal(["1:- Chỉ tiêu 2: Tỷ lệ nữ thạc sĩ\t%\t26\t27*\t30\tSở Nội vụ\t(*) Bao gồm"], Lines("- Chỉ tiêu 2: Tỷ lệ nữ thạc sĩ\t%\t26\t27*\t30\tSở Nội vụ\t(*) Bao gồm"));
    }

    [Fact]
    public void HeadingMarksAndThematicBreaks_AreNotText()
    {
        Assert.Equal(["1:KẾ HOẠCH", "2:", "3:I. MỤC ĐÍCH, YÊU CẦU", "4:", "5:1. Mục đích"], Lines("# KẾ HOẠCH\n\n## I. MỤC ĐÍCH, YÊU CẦU\n---\n### 1. Mục đích ###"));
    }

    [Fact]
    public void PipeTable_BecomesTabSeparatedRows()
    {
        var lines = Lines("Bảng chỉ tiêu\n\n| STT | Chỉ tiêu | ĐVT |\n|---|---|---|\n| 1 | Tỷ lệ nữ | % |\n");

        Assert.Equal(["1:Bảng chỉ tiêu", "2:", "3:STT\tChỉ tiêu\tĐVT", "4:", "5:1\tTỷ lệ nữ\t%", "6:"], lines);
    }

    [Fact]
    public void PlanId_IsTheSlugOfTheFileName()
    {
        Assert.Equal("002-7e8e160c5670c66d", MarkdownPlanImporter.PlanIdFromFileName("../shared/seeds/002_7e8e160c5670c66d.txt"));
        Assert.Equal("ke-hoach-so-y-te-2026", MarkdownPlanImporter.PlanIdFromFileName("Kế hoạch Sở Y tế 2026.docx"));
    }

    [Fact]
    public void SeedWithEmphasis_ImportsNumberDateAndSignerWithoutMarkers()
    {
        var plan = ImportAccuracy.Import(Path.Combine(Support.Repo.Seeds, "000_e9cd2d02cd492238.txt"));

        Assert.Equal(("1007 /KH- BVSTBCPN", 3), (plan.Number!.Value, plan.Number.Location.Line));
        Assert.Equal(("2019-04-26", 5, "Thanh Hoá"), (plan.IssueDate!.Value.ToString(), plan.IssueDate.Location.Line, plan.Place));
        Assert.Equal(("TRƯỞNG BAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ - PHÓ GIÁM ĐỐC SỞ Y TẾ THANH HÓA", "Đỗ Thái Hòa", 59), (plan.Signer!.Title, plan.Signer.Name, plan.Signer.Location.Line));
    }
}
