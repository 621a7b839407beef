using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedDocumentUnknownTests
{
    [Theory]
    [InlineData("1969/QĐ-TTg")] // digits swapped
    [InlineData("1697/QĐ-TTg")] // one digit wrong
    public void OneDigitTypo_SuggestsTheKnownProgramme(string typo)
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Quyết định", typo, "2015-10-02", "Thủ tướng Chính phủ")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L002", plan));

        Assert.Equal((11, "nearest"), (finding.Location.Line, finding.Variant));
        Assert.StartsWith("1696/QĐ-TTg (02/10/2015, Thủ tướng Chính phủ)", finding.Args["suggestions"]);
        Assert.Contains("\"Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ\"", finding.Fix(Language.Vi));
    }

    [Fact]
    public void UnknownNumberWithNothingNear_FiresWithoutSuggestion()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L002",
            LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "777/KH-UBND", "2026-01-05", "Ủy ban nhân dân huyện Tam Đường")))));

        Assert.Equal((11, (string?)null), (finding.Location.Line, finding.Variant));
        Assert.Contains("777/KH-UBND", finding.Message(Language.Vi));
        Assert.Contains("(dòng 11)", finding.Message(Language.Vi));
    }

    [Fact]
    public void KnownDocument_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L002", LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "1696/QĐ-TTg", "2015-10-02", "Thủ tướng Chính phủ")))));

    [Fact]
    public void PlanOfTheSameRun_IsAKnownDocument()
    {
        var parent = PlanText.Load(PlanText.Minimal(id: "parent", number: "45/KH-UBND", date: "2026-02-10", issuer: "Ủy ban nhân dân tỉnh Lai Châu"), "parent.yaml");
        var child = LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "45/KH-UBND", "2026-02-10", "UBND tỉnh Lai Châu")));

        Assert.Empty(LegalHarness.Fired("CE-L002", child, parent));
    }

    [Theory]
    [InlineData("11/VY/KH-BVSTBCPN")] // malformed: CE-L005's
    [InlineData("/KH-BV")] // blank draft number
    public void MalformedOrBlankNumber_IsLeftToOtherRules(string number) =>
        Assert.Empty(LegalHarness.Fired("CE-L002", LegalHarness.Plan(LegalHarness.Bases(("Công văn", number, "2026-04-01", "Sở Y tế")))));

    [Fact]
    public void UnknownDocumentCitedByNameOnly_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L002", LegalHarness.Plan(
            "legal_bases:\n  - type: Kế hoạch\n    title: Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025\n    raw: Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025\n")));
}
