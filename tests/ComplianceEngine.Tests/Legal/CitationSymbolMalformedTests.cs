using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Tests.Legal;

public sealed class CitationSymbolMalformedTests
{
    [Fact]
    public void PartyDirectiveWrittenAsAStateOne_FiresAndNamesTheRightForm()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21/CT-TW", "2018-01-20", "Ban Bí thư")));

        var finding = Assert.Single(LegalHarness.Findings("CE-L005", plan));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("viết số, ký hiệu là \"21/CT-TW\"; số, ký hiệu đúng của văn bản là 21-CT/TW", finding.Message(Language.Vi));
        Assert.Equal("Sửa thành \"Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư\".", finding.Fix(Language.Vi));
    }

    [Theory]
    [InlineData("Nghị quyết", "11NQ/TW", "2007-04-27", "Bộ Chính trị", "11-NQ/TW")] // catalogued misspelling
    [InlineData("Nghị quyết", "26/NQ-TW", "2018-05-19", "Ban Chấp hành Trung ương", "26-NQ/TW")] // separators only
    public void WrongSeparators_FireWithTheOfficialSymbol(string type, string number, string date, string issuer, string official)
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L005", LegalHarness.Plan(LegalHarness.Bases((type, number, date, issuer)))));

        Assert.Equal(official, finding.Args["symbol"]);
    }

    [Fact]
    public void UnknownSymbolOfNoShape_FiresWithTheShapes()
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L005",
            LegalHarness.Plan(LegalHarness.Bases(("Công văn", "11/VY/KH- BVSTBCPN", "2026-04-20", "Sở Y tế")))));

        Assert.Equal((11, "shape"), (finding.Location.Line, finding.Variant));
    }

    [Theory]
    [InlineData("Kế hoạch", "350/KH- BYT", "2019-04-05", "Bộ Y tế")] // spacing only
    [InlineData("Kế hoạch", "90-KH/TU", "2018-05-15", "Tỉnh ủy Thanh Hóa")] // conventional form recorded as an alias
    [InlineData("Chỉ thị", "21-CT/TW", "2018-01-20", "Ban Bí thư")]
    public void OfficialOrSpacedSymbol_IsSilent(string type, string number, string date, string issuer) =>
        Assert.Empty(LegalHarness.Fired("CE-L005", LegalHarness.Plan(LegalHarness.Bases((type, number, date, issuer)))));

    [Theory]
    [InlineData("Nghị quyết", "28/2021/NQ-CP", "2021-03-03", "Chính phủ", "28/NQ-CP")] // a year the symbol does not carry
    [InlineData("Quyết định", "1464/2016/QĐ-TTg", "2016-07-22", "Thủ tướng Chính phủ", "1464/QĐ-TTg")]
    [InlineData("Nghị định", "56/NĐ-CP", "2012-07-16", "Chính phủ", "56/2012/NĐ-CP")] // the year left out, with the right date
    public void YearSlipOfAKnownSymbol_FiresWithTheOfficialSymbol(string type, string number, string date, string issuer, string official)
    {
        var finding = Assert.Single(LegalHarness.Findings("CE-L005", LegalHarness.Plan(LegalHarness.Bases((type, number, date, issuer)))));

        Assert.Equal((11, "year", official, Severity.Error), (finding.Location.Line, finding.Variant, finding.Args["symbol"], finding.Severity));
    }

    [Fact]
    public void KnownNumberAndDateWithAnotherKind_NamesTheRightDocumentOnce()
    {
        // 1898/QĐ-TTg of 28/11/2017 cited as a Chính phủ decree in a 2024 plan.
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Nghị định", "1898/NĐ-CP", "2017-11-28", "Chính phủ")), date: "2024-03-01");

        var finding = Assert.Single(LegalHarness.Findings("CE-L005", plan));

        Assert.Equal((11, "kind"), (finding.Location.Line, finding.Variant));
        Assert.Contains("là Quyết định số 1898/QĐ-TTg của Thủ tướng Chính phủ", finding.Message(Language.Vi));
        Assert.Equal(["11 CE-L005"], LegalHarness.Legal(plan));
    }

    [Fact]
    public void YearWrittenForAnotherYear_IsNotTakenForTheKnownDocument() =>
        // 28/2016/NQ-CP with a 2016 date is another resolution, not the 2021 strategy.
        Assert.Empty(LegalHarness.Fired("CE-L005",
            LegalHarness.Plan(LegalHarness.Bases(("Nghị quyết", "28/2016/NQ-CP", "2016-04-02", "Chính phủ")), date: "2016-06-01")));
}
