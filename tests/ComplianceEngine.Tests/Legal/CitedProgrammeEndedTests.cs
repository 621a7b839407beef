using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedProgrammeEndedTests
{
    [Fact]
    public void ProgrammeEndedBeforeThePlanYear_IsAnErrorWithBothPeriods()
    {
        // A 2026 plan resting on the 2021-2025 programme on gender-based violence.
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "2232/QĐ-TTg", "2020-12-28", "Thủ tướng Chính phủ")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L011", plan));

        Assert.Equal((11, Severity.Error), (finding.Location.Line, finding.Severity));
        Assert.Contains("giai đoạn 2021-2025, đã kết thúc trước năm 2026", finding.Message(Language.Vi));
    }

    [Fact]
    public void ProgrammeStillRunning_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L011",
            LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "2232/QĐ-TTg", "2020-12-28", "Thủ tướng Chính phủ")), date: "2024-03-01")));

    [Fact]
    public void ProgrammeWithAnUncertainPeriod_IsSilent() =>
        // 1790/QĐ-TTg runs "đến năm 2030"; the catalogue marks its start as uncertain.
        Assert.Empty(LegalHarness.Fired("CE-L011",
            LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "1790/QĐ-TTg", "2021-10-23", "Thủ tướng Chính phủ")), date: "2031-03-01")));

    [Fact]
    public void ReplacedStrategy_IsLeftToCE_L007() =>
        Assert.Empty(LegalHarness.Fired("CE-L011", LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "2351/QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ")))));
}
