using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitedDocumentNotInForceTests
{
    [Fact]
    public void LawOf2007InA2026Plan_NamesTheLawOf2022()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Luật", "02/2007/QH12", "2007-11-21", "Quốc hội")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L007", plan));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("đã được thay thế bởi Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 ngày 14/11/2022 của Quốc hội", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 ngày 14/11/2022 của Quốc hội\".", finding.Fix(Language.Vi));
    }

    [Fact]
    public void StrategyOf2011To2020InA2026Plan_NamesResolution28()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L007",
            LegalHarness.Plan(LegalHarness.Bases(("Quyết định", "2351/QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ")))));

        Assert.StartsWith("Sửa thành \"Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới", finding.Fix(Language.Vi));
    }

    [Fact]
    public void SameLawInA2018Plan_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L007", LegalHarness.Plan(LegalHarness.Bases(("Luật", "02/2007/QH12", "2007-11-21", "Quốc hội")), date: "2018-03-01")));

    [Fact]
    public void LawCitedByNameInA2026Plan_MeansTheLawInForceAndIsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L007", LegalHarness.Plan(
            "references:\n  - type: Luật\n    title: Luật Phòng, chống bạo lực gia đình\n    raw: Luật Phòng, chống bạo lực gia đình\n")));

    [Fact]
    public void ExpiredDocumentWithoutReplacement_SaysUntilWhen()
    {
        var (user, error) = LegalCatalog.TryParse("""
            documents:
              - symbol: "12/2020/TT-BYT"
                type: Thông tư
                issuer: Bộ Y tế
                issue_date: "2020-06-01"
                valid_until: "2024-12-31"
            """, "user.yaml");
        Assert.Null(error);
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Thông tư", "12/2020/TT-BYT", "2020-06-01", "Bộ Y tế")));

        var finding = Assert.Single(LegalHarness.Evaluate([plan], LegalHarness.BuiltIn.Merge(user!)).Findings, f => f.Rule.Id == "CE-L007");

        Assert.Equal("expired", finding.Variant);
        Assert.Contains("chỉ có hiệu lực đến ngày 31/12/2024", finding.Message(Language.Vi));
    }
}
