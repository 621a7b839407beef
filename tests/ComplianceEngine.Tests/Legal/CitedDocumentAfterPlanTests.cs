using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedDocumentAfterPlanTests
{
    [Fact]
    public void StrategyOf2021InAPlanOf2020_Fires()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L010",
            LegalHarness.Plan(LegalHarness.Bases(("Nghị quyết", "28/NQ-CP", "2021-03-03", "Chính phủ")), date: "2020-06-01")));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("ban hành ngày 03/3/2021, sau chính kế hoạch này (01/6/2020)", finding.Message(Language.Vi));
    }

    [Fact]
    public void UnknownDocumentDatedAfterThePlan_Fires() =>
        Assert.Equal(["11 CE-L010"], LegalHarness.Fired("CE-L010",
            LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "77/KH-UBND", "2026-05-02", "UBND huyện Than Uyên")))));

    [Fact]
    public void PlanWithOnlyAYear_ComparesYears() =>
        Assert.Empty(LegalHarness.Fired("CE-L010",
            LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "101/KH-SYT", "2026-04-20", "Sở Y tế tỉnh Lai Châu")), date: "2026")));

    [Fact]
    public void OwnNumberInAnAppendix_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L010", PlanText.Load(PlanText.Minimal(date: "2026-04-20", extra:
            LegalHarness.Bases(("Kế hoạch", "12/KH-SYT", "2026-04-25", "Sở Y tế tỉnh Lai Châu"))))));

    [Fact]
    public void DocumentIssuedBefore_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L010", LegalHarness.Plan(LegalHarness.Bases(("Nghị quyết", "28/NQ-CP", "2021-03-03", "Chính phủ")))));
}
