using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedPeriodMismatchTests
{
    private static string Named(string name) => $"references:\n  - type: Chương trình\n    title: {name}\n    raw: {name}\n";

    [Fact]
    public void NationalProgrammeWithAWrongPeriod_FiresAndCorrectsThePeriod()
    {
        var plan = LegalHarness.Plan(Named("Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2012-2020"), date: "2018-03-01");

        var finding = Assert.Single(LegalHarness.Findings("CE-L008", plan));

        Assert.Equal((11, "differs"), (finding.Location.Line, finding.Variant));
        Assert.Contains("Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020\".", finding.Fix(Language.Vi));
    }

    [Fact]
    public void ProgrammeWhosePeriodIsOver_IsLeftToCE_L011() =>
        Assert.Empty(LegalHarness.Fired("CE-L008",
            LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "1696/QĐ-TTg", "2015-10-02", "Thủ tướng Chính phủ")))));

    [Theory]
    [InlineData("Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020", "2018-03-01")] // exact
    [InlineData("Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2015, định hướng đến năm 2020", "2018-03-01")] // a phase
    [InlineData("chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030", "2026-04-20")] // a phase of 2021-2030
    [InlineData("Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2026-2030", "2026-04-20")] // may be newer than the catalogue
    [InlineData("Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030", "2026-04-20")]
    public void PeriodThatFits_IsSilent(string name, string date) =>
        Assert.Empty(LegalHarness.Fired("CE-L008", LegalHarness.Plan(Named(name), date: date)));

    [Fact]
    public void ReplacedStrategy_IsLeftToCE_L007() =>
        Assert.Empty(LegalHarness.Fired("CE-L008", LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "2351/QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ")))));
}
