using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitationDateMismatchTests
{
    [Fact]
    public void DirectiveWithWrongYear_FiresAndGivesTheRightCitation()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "2017-01-20", "Ban Bí thư")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L003", plan));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("ghi ngày 20/01/2017, nhưng Chỉ thị 21-CT/TW ban hành ngày 20/01/2018", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư\".", finding.Fix(Language.Vi));
    }

    [Fact]
    public void SecondOfTwoCitations_FiresOnItsOwnLine() =>
        Assert.Equal(["16 CE-L003"], LegalHarness.Fired("CE-L003", LegalHarness.Plan(LegalHarness.Bases(
            ("Luật", "73/2006/QH11", "2006-11-29", "Quốc hội"), ("Quyết định", "1696/QĐ-TTg", "2015-02-10", "Thủ tướng Chính phủ")))));

    [Fact]
    public void SameWrongCitationRepeated_IsOneFindingListingItsLines()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(
            ("Chỉ thị", "21-CT/TW", "2017-01-20", "Ban Bí thư"), ("Luật", "73/2006/QH11", "2006-11-29", "Quốc hội"), ("Chỉ thị", "21-CT/TW", "2017-01-20", "Ban Bí thư")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L003", plan));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("(dòng 11, 21)", finding.Message(Language.Vi));
    }

    [Fact]
    public void RepetitionWithAnotherWrongDate_IsItsOwnFinding() =>
        Assert.Equal(["11 CE-L003", "16 CE-L003"], LegalHarness.Fired("CE-L003", LegalHarness.Plan(LegalHarness.Bases(
            ("Chỉ thị", "21-CT/TW", "2017-01-20", "Ban Bí thư"), ("Chỉ thị", "21-CT/TW", "2019-01-20", "Ban Bí thư")))));

    [Fact]
    public void RightDate_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L003", LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "2018-01-20", "Ban Bí thư")))));

    [Fact]
    public void ImpossibleYear_IsLeftToCE_L006() =>
        Assert.Empty(LegalHarness.Fired("CE-L003", LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "1018-01-20", "Ban Bí thư")))));

    [Fact]
    public void WrongDateOfTheLoadedParent_IsLeftToCE_C001()
    {
        var parent = PlanText.Load(PlanText.Minimal(id: "so", number: "101/KH-SYT", date: "2026-04-20"), "parent.yaml");
        var child = PlanText.Load(PlanText.Minimal(id: "bv", number: "35/KH-BVĐK", date: "2026-05-04", issuer: "Bệnh viện Đa khoa Tam Đường",
            extra: "parent: { id: so }\n" + LegalHarness.Bases(("Kế hoạch", "101/KH-SYT", "2026-04-02", "Sở Y tế tỉnh Lai Châu"))));

        Assert.Empty(LegalHarness.Fired("CE-L003", child, parent));
        Assert.Equal(["12 CE-L003"], LegalHarness.Fired("CE-L003", child));
    }
}
