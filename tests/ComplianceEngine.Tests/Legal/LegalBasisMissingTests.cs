using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class LegalBasisMissingTests
{
    [Fact]
    public void PlanWithoutBases_FiresOnThePlan() =>
        Assert.Equal(["1 CE-L001"], LegalHarness.Fired("CE-L001", LegalHarness.Plan("")));

    [Fact]
    public void PlanWithOnlyReferences_StillFires() =>
        Assert.Equal(["1 CE-L001"], LegalHarness.Fired("CE-L001", LegalHarness.Plan(
            "references:\n  - type: Luật\n    title: Luật Bình đẳng giới\n    raw: Luật Bình đẳng giới\n")));

    [Fact]
    public void PlanWithDeclaredParent_AsksToCiteThatParent()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L001", LegalHarness.Plan("parent: { number: 45/KH-UBND }\n")));

        Assert.Equal("with-parent", finding.Variant);
        Assert.Contains("Căn cứ Kế hoạch số 45/KH-UBND", finding.Fix(Language.Vi));
    }

    [Fact]
    public void PlanWithABasis_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L001", LegalHarness.Plan(LegalHarness.Bases(("Luật", "73/2006/QH11", "2006-11-29", "Quốc hội")))));

    [Fact]
    public void WithoutACatalogue_StillRuns() =>
        Assert.Equal(["plan.yaml:1:1 CE-L001 p"], RuleHarness.Fired("CE-L001", LegalHarness.Plan("")));
}
