using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// Which way an indicator's target binds, from its words (rules/catalogs/indicator-words.yaml), on sentences and tables
/// written for these tests (constructed, in our own words).
/// </summary>
public sealed class IndicatorDirectionTests
{
    private static Plan Import(string body) => MarkdownPlanImporter.Import("II. CHỈ TIÊU\n" + body + "\n", "doc.md", "doc");

    [Theory]
    [InlineData("không vượt quá 5%", IndicatorDirection.Decrease)]
    [InlineData("không quá 110", IndicatorDirection.Decrease)]
    [InlineData("dưới 18%", IndicatorDirection.Decrease)]
    [InlineData("tối đa 3%", IndicatorDirection.Decrease)]
    [InlineData("giảm xuống còn 12%", IndicatorDirection.Decrease)]
    [InlineData("không thấp hơn 70%", IndicatorDirection.Increase)]
    [InlineData("không dưới 70%", IndicatorDirection.Increase)]
    [InlineData("ít nhất 60%", IndicatorDirection.Increase)]
    [InlineData("tối thiểu 2 người", IndicatorDirection.Increase)]
    [InlineData("đạt từ 85% trở lên", IndicatorDirection.Increase)]
    [InlineData("trên 30%", IndicatorDirection.Increase)]
    [InlineData("phấn đấu đạt 40%", IndicatorDirection.Increase)]
    [InlineData("duy trì 100%", IndicatorDirection.Maintain)]
    [InlineData("100", IndicatorDirection.Unspecified)]
    public void QualifierOfTheFigure_GivesTheDirection(string qualifier, IndicatorDirection expected) =>
        Assert.Equal(expected, IndicatorWords.BuiltIn.DirectionOf(qualifier));

    [Fact]
    public void WordNearestTheFigure_Wins()
    {
        // "… examined at least 4 times … reaches 85%": "ít nhất" belongs to the name, "đạt" binds the figure.
        Assert.Equal(IndicatorDirection.Increase, IndicatorWords.BuiltIn.DirectionOf("ít nhất 4 lần trong thai kỳ đạt 85%"));
        Assert.Equal(IndicatorDirection.Decrease, IndicatorWords.BuiltIn.DirectionOf("đạt mức không quá 15%"));
    }

    [Fact]
    public void Sentences_GiveNameTargetUnitAndDirection()
    {
        var plan = Import("""
            1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 18%.
            2. Tỷ suất chết trẻ em dưới 1 tuổi không quá 12/1.000.
            3. Tỷ lệ nữ cán bộ chủ chốt cấp xã phấn đấu đạt 30%.
            4. Tỷ số giới tính khi sinh không vượt quá 109,5 bé trai/100 bé gái.
            5. Duy trì 100% trạm y tế có nữ hộ sinh.
            """);

        Assert.Equal(
            ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi|dưới 18%|%|Decrease",
             "Tỷ suất chết trẻ em dưới 1 tuổi|không quá 12/1.000|/1.000|Decrease",
             "Tỷ lệ nữ cán bộ chủ chốt cấp xã|30%|%|Increase",
             "Tỷ số giới tính khi sinh|không vượt quá 109,5 bé trai/100 bé gái|bé trai/100 bé gái|Decrease",
             "trạm y tế có nữ hộ sinh|100%|%|Maintain"],
            plan.Indicators.Select(i => $"{i.Name}|{i.Target}|{i.Unit}|{i.Direction}"));
    }

    [Fact]
    public void DecimalCommaTarget_ComparesAsANumber()
    {
        var plan = Import("1. Tỷ số giới tính khi sinh không vượt quá 109,5 bé trai/100 bé gái.");

        var indicator = Assert.Single(plan.Indicators);
        Assert.Equal(1.095, IndicatorValue.Parse(indicator.Target, indicator.Unit)!.High, 6);
    }

    [Fact]
    public void TableWithADirectionColumn_ReadsItsWords()
    {
        var plan = MarkdownPlanImporter.Import(
            "PHỤ LỤC CHỈ TIÊU NĂM 2025\n\nTT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2025\tXu hướng\n"
            + "1\tTỷ lệ hộ nghèo có chủ hộ là nữ\t%\t4\tgiảm\n"
            + "2\tTỷ lệ thôn có câu lạc bộ gia đình hạnh phúc\t%\t100\tduy trì\n"
            + "3\tSố phụ nữ được vay vốn ưu đãi\tngười\t350\ttăng\n"
            + "4\tTỷ số giới tính khi sinh\tbé trai/100 bé gái\tkhông quá 111\t\n",
            "doc.md", "doc");

        Assert.Equal(["Decrease", "Maintain", "Increase", "Decrease"], plan.Indicators.Select(i => i.Direction.ToString()));
    }
}
