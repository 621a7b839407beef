using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitationDateImplausibleTests
{
    [Fact]
    public void Year1018_FiresAndGivesTheCatalogueDate()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "1018-01-20", "Ban Bí thư")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L006", plan));

        Assert.Equal((11, "known"), (finding.Location.Line, finding.Variant));
        Assert.Contains("ghi ngày 20/01/1018", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư\".", finding.Fix(Language.Vi));
    }

    [Theory]
    [InlineData("2019-02-30")] // not a day
    [InlineData("2019-13-01")] // not a month
    [InlineData("1944-12-31")] // before 1945
    [InlineData("2028-01-05")] // after the plan's year + 1
    public void ImpossibleDateOfAnUnknownDocument_Fires(string date) =>
        Assert.Equal(["11 CE-L006"], LegalHarness.Fired("CE-L006", LegalHarness.Plan(LegalHarness.Bases(("Công văn", "88/UBND-VX", date, "UBND huyện Than Uyên")))));

    [Theory]
    [InlineData("1945-09-02")]
    [InlineData("2027-01-05")] // a plan may cite a document of the next year
    [InlineData("2024")] // partial
    public void PossibleDate_IsSilent(string date) =>
        Assert.Empty(LegalHarness.Fired("CE-L006", LegalHarness.Plan(LegalHarness.Bases(("Công văn", "88/UBND-VX", date, "UBND huyện Than Uyên")))));

    [Fact]
    public void WithoutACatalogue_StillFires() =>
        Assert.Equal(["plan.yaml:11:5 CE-L006 21-CT/TW"],
            RuleHarness.Fired("CE-L006", LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "1018-01-20", "Ban Bí thư")))));
}
