using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Pairing a child's indicator with its parent's by what it measures (names written for these tests).</summary>
public sealed class IndicatorMeasureTests
{
    [Fact]
    public void ScopeYearAndTarget_AreNotPartOfTheKey()
    {
        // "Share of women deputies of the district People's Council, year 2026, above 30%".
        Assert.Equal("nu dai bieu hoi dong nhan dan", IndicatorMeasure.Of("Tỷ lệ nữ đại biểu HĐND cấp huyện năm 2026 đạt trên 30%").Key);
    }

    [Theory]
    // Same quantity, one in the sector and one in a unit.
    [InlineData("Tỷ lệ cán bộ nữ giữ chức vụ trưởng, phó khoa trong ngành", "Tỷ lệ cán bộ nữ giữ chức vụ trưởng, phó khoa của đơn vị")]
    // Same quantity, one abbreviated and scoped to a commune and a year.
    [InlineData("Tỷ lệ hộ dân được tuyên truyền về phòng, chống BLGĐ", "Tỷ lệ hộ dân trên địa bàn xã được tuyên truyền về phòng, chống bạo lực gia đình năm 2025")]
    // The child's name adds detail to the parent's.
    [InlineData("Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", "Tỷ lệ phụ nữ mang thai quản lý tại Trung tâm được sàng lọc trước sinh")]
    public void DifferentlyWordedNamesOfOneQuantity_Pair(string parent, string child)
    {
        var similarity = IndicatorMeasure.Of(parent).Similarity(IndicatorMeasure.Of(child));

        Assert.True(similarity >= IndicatorMeasure.Threshold, $"{similarity:F2}");
        Assert.True(IndicatorMeasure.Of(child).SameQuantity(IndicatorMeasure.Of(parent)));
    }

    [Theory]
    [InlineData("Tỷ số giới tính khi sinh", "Tỷ suất sinh ở tuổi vị thành niên")]
    [InlineData("Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần", "Tỷ lệ phụ nữ bị bạo lực được tiếp cận dịch vụ hỗ trợ")]
    [InlineData("Tỷ số tử vong mẹ", "Tỷ lệ nữ đại biểu Hội đồng nhân dân")]
    public void DifferentQuantities_DoNotPair(string a, string b)
    {
        var similarity = IndicatorMeasure.Of(a).Similarity(IndicatorMeasure.Of(b));

        Assert.True(similarity < IndicatorMeasure.Threshold, $"{similarity:F2}");
    }
}

/// <summary>Targets read as numbers, whatever their unit form (values written for these tests).</summary>
public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData("không vượt quá 109,5 bé trai/100 bé gái", null, 1.095)]
    [InlineData("không quá 111", "bé trai/100 bé gái", 1.11)]
    [InlineData("dưới 42/100.000", "/100.000 trẻ đẻ sống", 0.00042)]
    [InlineData("từ 85% trở lên", "%", 0.85)]
    [InlineData("350", "người", 350)]
    public void Target_ReadsAsANumber(string target, string? unit, double expected) =>
        Assert.Equal(expected, IndicatorValue.Parse(target, unit)!.High, 9);

    [Fact]
    public void ShareAndCount_DoNotCompare()
    {
        var share = IndicatorValue.Parse("80%", "%")!;
        var count = IndicatorValue.Parse("350", "người")!;

        Assert.Equal((false, true), (share.ComparesWith(count), share.ComparesWith(IndicatorValue.Parse("12/1.000", null)!)));
    }
}

/// <summary>The importer's vocabularies under rules/catalogs/ load, and mean what they say.</summary>
public sealed class ImportVocabularyTests
{
    [Fact]
    public void ReportKinds_LoadAndNameTheirKinds()
    {
        var words = ComplianceEngine.Core.Importing.ReportVocabulary.BuiltIn;

        Assert.Equal(
            (ComplianceEngine.Core.Model.ReportKind.Event, ComplianceEngine.Core.Model.ReportKind.SixMonth, ComplianceEngine.Core.Model.ReportKind.Annual, (ComplianceEngine.Core.Model.ReportKind?)null, true),
            (words.KindNamedIn("kết quả Tháng hành động"), words.KindNamedIn("báo cáo sơ kết"), words.KindNamedIn("báo cáo năm"), words.KindNamedIn("báo cáo nam giới"), words.IsRecurring("trước ngày 20 hằng tháng")));
    }
}
