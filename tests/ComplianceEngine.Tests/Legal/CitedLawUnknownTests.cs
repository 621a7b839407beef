using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedLawUnknownTests
{
    private static string Law(string name, string? date = null, string? year = null) =>
        $"legal_bases:\n  - type: Luật\n    title: \"{name}\"\n" + (date is null ? string.Empty : $"    date: \"{date}\"\n") + $"    raw: \"{name}{(year is null ? string.Empty : " năm " + year)}\"\n";

    [Fact]
    public void LawNameNoLawHas_IsAWarningWithTheName()
    {
        // "Luật Bảo vệ phụ nữ" (law on protecting women): no such law.
        var finding = Assert.Single(LegalHarness.Findings("CE-L012", LegalHarness.Plan(Law("Luật Bảo vệ phụ nữ"))));

        Assert.Equal((11, Severity.Warning), (finding.Location.Line, finding.Severity));
        Assert.Contains("dẫn \"Luật Bảo vệ phụ nữ\", nhưng không luật nào", finding.Message(Language.Vi));
    }

    [Theory]
    [InlineData("Luật BĐG")] // abbreviation
    [InlineData("Luật Bình đẳng giới")]
    [InlineData("Luật Trẻ em")]
    [InlineData("Luật Phòng, chống bạo lực gia đình")] // shared by the 2007 and 2022 laws
    public void KnownLawName_IsSilent(string name) =>
        Assert.Empty(LegalHarness.Fired("CE-L012", LegalHarness.Plan(Law(name))));

    [Fact]
    public void SharedLawNameWithItsYear_ResolvesToThatYearsLaw()
    {
        // A plan of 2024 resting on the 2007 domestic-violence law, replaced from 01/7/2023.
        var plan = LegalHarness.Plan(Law("Luật Phòng, chống bạo lực gia đình", year: "2007"), date: "2024-02-01");

        var finding = Assert.Single(LegalHarness.Findings("CE-L007", plan));

        Assert.Contains("02/2007/QH12", finding.Message(Language.Vi));
        Assert.Contains("13/2022/QH15", finding.Message(Language.Vi));
    }

    [Fact]
    public void KnownLawWithItsLongDate_IsSilent() =>
        // "Luật Trẻ em ngày 05 tháng 4 năm 2016": the date is read apart, the name is known.
        Assert.Empty(LegalHarness.Fired("CE-L012", LegalHarness.Plan(
            "legal_bases:\n  - type: Luật\n    title: \"Luật Trẻ em\"\n    date: \"2016-04-05\"\n    raw: \"Luật Trẻ em ngày 05 tháng 4 năm 2016\"\n")));

    [Fact]
    public void LawNameWithAYearOfNoSuchLaw_IsAWarning() =>
        Assert.Equal(["11 CE-L012"], LegalHarness.Fired("CE-L012", LegalHarness.Plan(Law("Luật Trẻ em", year: "2012"))));

    [Fact]
    public void SharedLawNameWithItsDate_ValidAtThePlansDate_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L007", LegalHarness.Plan(Law("Luật Phòng, chống bạo lực gia đình", "2007-11-21"), date: "2022-05-01")));
}
