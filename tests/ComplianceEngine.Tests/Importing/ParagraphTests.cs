using ComplianceEngine.Core.Importing;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Numbering markers, and the joining of lines a conversion from Word broke apart.</summary>
public sealed class ParagraphTests
{
    private static IReadOnlyList<Paragraph> Assemble(params string[] lines) =>
        Paragraph.Assemble(new DocumentText("d.txt", lines.Select((t, i) => new DocumentLine(i + 1, t)).ToList()));

    [Theory]
    [InlineData("II. NỘI DUNG", "Roman", "II")]
    [InlineData("4.1. Chương trình Truyền thông", "Number", "4.1")]
    [InlineData("1.Triển khai các hoạt động", "Number", "1")]
    [InlineData("5.1.Chỉ tiêu 1: Giảm 40%", "Number", "5.1")]
    [InlineData("- Nội dung:", "Bullet", "-")]
    [InlineData("+ Thường xuyên rà soát", "Bullet", "+")]
    [InlineData("a) Ưu tiên phụ nữ nông thôn", "Letter", "a")]
    [InlineData("20/11/2012 của Ban Thường vụ", "None", "")]
    [InlineData("20.10.2018 là ngày", "None", "")]
    [InlineData("Ngày 8/3", "None", "")]
    public void Marker_IsRecognised(string text, string kind, string value)
    {
        var marker = Marker.Parse(text);

        Assert.Equal((kind, value), (marker.Kind.ToString(), marker.Value));
    }

    [Fact]
    public void LineStartingInLowerCase_ContinuesAcrossBlankLinesAndFootnotes()
    {
        // Seed 003 l. 41-45: a bullet broken by a page break with footnote ¹ in between.
        var paragraphs = Assemble("- triển khai các hoạt động duy trì", "", "¹ Phân bổ hỗ trợ kinh phí cho 10 huyện.", "", "các mô hình thí điểm do cấp tỉnh chủ trì;");

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("- triển khai các hoạt động duy trì các mô hình thí điểm do cấp tỉnh chủ trì;", paragraphs[0].Text);
        Assert.Equal(5, paragraphs[0].LineAt(paragraphs[0].Text.IndexOf("các mô hình", StringComparison.Ordinal)));
        Assert.True(paragraphs[1].IsFootnote);
    }

    [Fact]
    public void LineStartingWithADate_ContinuesASentenceCutAfterAWord()
    {
        // Seed 001 l. 23-25: "… Chỉ thị số 11-CT/TU ngày" / "20/11/2012 của …".
        var p = Assert.Single(Assemble("- Chỉ thị số 11-CT/TU ngày", "", "20/11/2012 của Ban Thường vụ Tỉnh ủy"));

        Assert.Equal("- Chỉ thị số 11-CT/TU ngày 20/11/2012 của Ban Thường vụ Tỉnh ủy", p.Text);
    }

    [Fact]
    public void NumberedItemOrUpperCaseLine_StartsANewParagraph()
    {
        var paragraphs = Assemble("- Phối hợp tổ chức nhân kỷ niệm Ngày Phụ nữ Việt Nam", "2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh", "Thực hiện Kế hoạch số 1/KH-UBND");

        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void TableRowBrokenInsideItsCells_IsJoinedCellByCell()
    {
        // Seed 003 l. 168-170.
        var row = Assert.Single(Assemble("- Chỉ tiêu 3: Đến năm 2020 đề nghị bố trí đủ\tNgười\tDuy trì 02 biên", "", "cán bộ làm công tác bình đẳng giới\t\tchế Bình đẳng giới cấp tỉnh"));

        Assert.True(row.IsTableRow);
        Assert.Equal(["- Chỉ tiêu 3: Đến năm 2020 đề nghị bố trí đủ cán bộ làm công tác bình đẳng giới", "Người", "Duy trì 02 biên chế Bình đẳng giới cấp tỉnh"], row.Cells);
    }
}
