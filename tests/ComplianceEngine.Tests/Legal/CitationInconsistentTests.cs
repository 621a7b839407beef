using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitationInconsistentTests
{
    [Fact]
    public void DirectiveCitedWithTwoDates_FiresOnTheSecondAndNamesTheFirstLine()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21-CT/TW", "2018-01-20", "Ban Bí thư"), ("Chỉ thị", "21-CT/TW", "2017-01-20", "Ban Bí thư")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L009", plan));

        Assert.Equal((16, "date-known"), (finding.Location.Line, finding.Variant));
        Assert.Contains("ghi 21-CT/TW ngày 20/01/2017, nhưng ở dòng 11 kế hoạch ghi văn bản này ngày 20/01/2018", finding.Message(Language.Vi));
        Assert.Equal("Ghi thống nhất ở dòng 11 và dòng 16: \"Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư\".", finding.Fix(Language.Vi));
    }

    [Fact]
    public void MisspeltAndOfficialSymbol_AreTheSameDocument() =>
        Assert.Equal(["16 CE-L009"], LegalHarness.Fired("CE-L009", LegalHarness.Plan(LegalHarness.Bases(
            ("Chỉ thị", "21/CT-TW", "2017-01-20", "Bộ Chính trị"), ("Chỉ thị", "21-CT/TW", "2018-01-20", "Ban Bí thư")))));

    [Fact]
    public void UnknownDocumentWithTwoIssuers_Fires()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L009", LegalHarness.Plan(LegalHarness.Bases(
            ("Kế hoạch", "77/KH-UBND", "2026-01-05", "UBND huyện Than Uyên"), ("Kế hoạch", "77/KH-UBND", "2026-01-05", "Sở Tư pháp")))));

        Assert.Equal((16, "issuer"), (finding.Location.Line, finding.Variant));
    }

    [Fact]
    public void SameDocumentSameDateShorterIssuer_IsSilent() =>
        Assert.Empty(LegalHarness.Fired("CE-L009", LegalHarness.Plan(LegalHarness.Bases(
            ("Kế hoạch", "77/KH-UBND", "2026-01-05", "Ủy ban nhân dân huyện Than Uyên"), ("Kế hoạch", "77/KH-UBND", "2026-01-05", "UBND huyện")))));
}
