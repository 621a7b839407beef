using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitationIssuerMismatchTests
{
    private const string KonTum = "Ban Vì sự tiến bộ của phụ nữ tỉnh Kon Tum";

    [Fact]
    public void PolitburoForTheSecretariatsDirective_FiresAndNamesTheSecretariat()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "2018-01-20", "Bộ Chính trị")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L004", plan));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("\"Bộ Chính trị\", nhưng Chỉ thị 21-CT/TW do Ban Bí thư ban hành", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư\".", finding.Fix(Language.Vi));
    }

    [Theory]
    [InlineData("Chỉ thị", "21-CT/TW", "2018-01-20", "Ban Bí thư Trung ương Đảng")] // alias
    [InlineData("Chỉ thị", "21-CT/TW", "2018-01-20", "BAN BÍ THƯ")] // case
    [InlineData("Nghị quyết", "42-NQ/TW", "2004-11-30", "Bộ Chính trị (khóa IX)")] // term in parentheses
    [InlineData("Kế hoạch", "738/KH-UBND", "2016-04-13", "UBND tỉnh")] // relative name inside the province
    [InlineData("Kế hoạch", "738/KH-UBND", "2016-04-13", "UBND tinh")] // "tinh": typo of the seed
    [InlineData("Kế hoạch", "738/KH-UBND", "2016-04-13", "UBND tỉnh Kon Tum")] // abbreviation
    [InlineData("Kế hoạch", "738/KH-UBND", "2016-04-13", "Ủy ban nhân dân tỉnh")] // generic form of the official name
    public void CorrectIssuerWrittenAnotherWay_IsSilent(string type, string number, string date, string issuer) =>
        Assert.Empty(LegalHarness.Fired("CE-L004", LegalHarness.Plan(LegalHarness.Bases((type, number, date, issuer)), date: "2017-03-22", issuer: KonTum)));

    [Fact]
    public void RelativeNameOutsideTheDocumentsProvince_Fires() =>
        Assert.Equal(["11 CE-L004"], LegalHarness.Fired("CE-L004",
            LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "738/KH-UBND", "2016-04-13", "UBND tỉnh")), issuer: "Sở Y tế tỉnh Lai Châu")));

    [Fact]
    public void ShortNameOfAPlanOfTheRun_IsSilent()
    {
        var parent = PlanText.Load(PlanText.Minimal(id: "parent", number: "45/KH-UBND", date: "2026-02-10", issuer: "Ủy ban nhân dân tỉnh Lai Châu"), "parent.yaml");

        Assert.Empty(LegalHarness.Fired("CE-L004", LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "45/KH-UBND", "2026-02-10", "UBND tỉnh"))), parent));
    }

    [Fact]
    public void PlanOfTheRunCitedWithoutTheWordTinh_IsSilent()
    {
        // "Sở Nội vụ Cao Bằng" for the plan issued by "Sở Nội vụ tỉnh Cao Bằng".
        var parent = PlanText.Load(PlanText.Minimal(id: "so-noi-vu", number: "41/KH-SNV", date: "2026-02-10", issuer: "Sở Nội vụ tỉnh Cao Bằng"));
        var child = LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "41/KH-SNV", "2026-02-10", "Sở Nội vụ Cao Bằng")));

        Assert.Empty(LegalHarness.Fired("CE-L004", parent, child));
    }

    [Fact]
    public void PlanOfTheRunCitedUnderAnotherBody_Fires()
    {
        var parent = PlanText.Load(PlanText.Minimal(id: "so-noi-vu", number: "41/KH-SNV", date: "2026-02-10", issuer: "Sở Nội vụ tỉnh Cao Bằng"));
        var child = LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "41/KH-SNV", "2026-02-10", "Sở Tư pháp Cao Bằng")));

        Assert.Equal(["11 CE-L004"], LegalHarness.Fired("CE-L004", parent, child));
    }
}
