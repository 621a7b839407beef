using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Time;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Odd documents import without throwing, and the time expressions plans use are understood.</summary>
public sealed class ImportRobustnessTests
{
    [Theory]
    [InlineData("x")]
    [InlineData("Số:")]
    [InlineData("I.\n1.\n-\n+\nNơi nhận:\n-")]
    [InlineData("KẾ HOẠCH")]
    [InlineData("\t\t\t\n\t1\t\n")]
    [InlineData("Căn cứ Kế hoạch số /KH- ngày của về")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n1. :\n2. Các Sở, ngành: \n3. Đề nghị")]
    [InlineData("**unclosed emphasis\n*\n***\n| a | b |\n|---|\n# \n")]
    [InlineData("¹\n⁽²⁾ \nChỉ tiêu 1 (Tỷ số 1 bé trai/100 bé gái\ntrước ngày 99/99/2026 báo cáo")]
    public void OddDocument_ImportsWithoutThrowing(string text)
    {
        var plan = MarkdownPlanImporter.Import(text, "odd.md", "odd");

        Assert.Equal("odd", plan.Id);
        Assert.NotEmpty(plan.Title);
    }

    [Theory]
    // SPEC §2 "Time expressions", as the importer keeps them.
    [InlineData("trước ngày 30/5/2026")]
    [InlineData("trước 25/5")]
    [InlineData("từ ngày 15/11- 15/12/2019")]
    [InlineData("từ 15/11 đến ngày 15/12/2018")]
    [InlineData("Thường xuyên trong năm 2026")]
    [InlineData("Duy trì trong năm 2017")]
    [InlineData("Hoàn thành trước ngày 31/3/2017")]
    [InlineData("6 tháng đầu năm")]
    [InlineData("Quý I/2026")]
    [InlineData("ngày 26 tháng 4 năm 2019")]
    [InlineData("Từ ngày 15/11/2024 đến ngày 15/12/2024")]
    [InlineData("Trước ngày 15/4/2024")]
    public void TimeExpressionOfAPlan_IsUnderstood(string text) => Assert.True(TimeExpressionParser.Parse(text, 2026).Success, text);
}
