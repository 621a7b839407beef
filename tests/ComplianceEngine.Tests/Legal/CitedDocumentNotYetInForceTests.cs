using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedDocumentNotYetInForceTests
{
    [Fact]
    public void BasisAdoptedButNotYetInForce_IsAWarning()
    {
        // A plan of 10/3/2023 resting on the 2022 domestic-violence law, in force from 01/7/2023.
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Luật", "13/2022/QH15", "2022-11-14", "Quốc hội")), date: "2023-03-10");

        var finding = Assert.Single(LegalHarness.Findings("CE-L013", plan));

        Assert.Equal((11, Severity.Warning), (finding.Location.Line, finding.Severity));
        Assert.Contains("có hiệu lực từ ngày 01/7/2023, sau ngày 10/3/2023", finding.Message(Language.Vi));
    }

    [Fact]
    public void SameLawNamedInATask_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L013", LegalHarness.Plan(
            "references:\n  - type: Luật\n    number: \"13/2022/QH15\"\n    raw: \"Luật Phòng, chống bạo lực gia đình số 13/2022/QH15\"\n", date: "2023-03-10")));

    [Fact]
    public void BasisInForce_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L013", LegalHarness.Plan(LegalHarness.Bases(("Luật", "13/2022/QH15", "2022-11-14", "Quốc hội")), date: "2023-08-10")));
}
