using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

public sealed class LegalCatalogTests
{
    private static LegalCatalog BuiltIn => LegalHarness.BuiltIn;

    private static InputError Error(string yaml)
    {
        var (catalog, error) = LegalCatalog.TryParse(yaml.Replace("\r\n", "\n"), "user.yaml");
        Assert.Null(catalog);
        return error!;
    }

    private static string Entry(string extra = "") =>
        "documents:\n  - symbol: \"5/KH-UBND\"\n    type: Kế hoạch\n    issuer: UBND huyện Than Uyên\n    issue_date: \"2026-01-05\"\n" + extra;

    [Fact]
    public void BuiltIn_Has84DocumentsWhoseReferencesResolve()
    {
        Assert.Equal(84, BuiltIn.Documents.Count);
        foreach (var d in BuiltIn.Documents)
        {
            Assert.True(d.IssueDate.ToDate() is not null, d.Symbol);
            foreach (var referenced in d.AmendedBy.Append(d.ReplacedBy).OfType<string>())
            {
                Assert.True(BuiltIn.BySymbol(referenced) is not null, $"{d.Symbol} names {referenced}, which is not in the catalogue");
            }
        }
    }

    [Fact]
    public void BuiltIn_EveryMisspellingDiffersFromItsSymbolOrOnlyInSpacing()
    {
        foreach (var d in BuiltIn.Documents)
        {
            foreach (var m in d.Misspellings)
            {
                Assert.NotEqual(d.Symbol, m);
            }
        }
    }

    [Theory]
    [InlineData("documents:\n  - symbol: \"5/KH-UBND\"\n    tpye: Kế hoạch\n", 3, "unknown-key")]
    [InlineData("documents:\n  - symbol: \"5/KH-UBND\"\n    symbol: \"6/KH-UBND\"\n", 3, "duplicate-key")]
    [InlineData("documents:\n  - symbol: \"5/KH-UBND\"\n    type: Kế hoạch\n    issuer: X\n    issue_date: \"2026-01\"\n", 5, "bad-date")]
    [InlineData("documents:\n  - symbol: \"5/KH-UBND\"\n    type: Kế hoạch\n    issuer: X\n    issue_date: \"2026-02-30\"\n", 5, "bad-date")]
    [InlineData("documents:\n  - symbol: \"5/KH-UBND\"\n    type: Kế hoạch\n    issuer: X\n", 2, "missing-field")]
    [InlineData("documents:\n  - symbol: \"Kế hoạch năm\"\n", 2, "bad-enum")]
    public void MalformedEntry_IsAnInputErrorAtItsLine(string yaml, int line, string code)
    {
        var error = Error(yaml);

        Assert.Equal(("user.yaml", line, code), (error.Location.File, error.Location.Line, error.Code));
    }

    [Theory]
    [InlineData("    scope: tỉnh Lai Châu\n", 6, "bad-enum")]
    [InlineData("    period: \"2026-2020\"\n", 6, "bad-period")]
    [InlineData("    uncertain: [ngày]\n", 6, "bad-enum")]
    [InlineData("    aliases: Kế hoạch 5\n", 6, "expected-string-list")]
    public void MalformedField_IsAnInputErrorAtItsLine(string extra, int line, string code)
    {
        var error = Error(Entry(extra));

        Assert.Equal((line, code), (error.Location.Line, error.Code));
    }

    [Fact]
    public void SymbolUsedTwice_IsAnInputErrorAtTheSecond()
    {
        var error = Error(Entry() + "  - symbol: \"05/KH- UBND\"\n    type: Kế hoạch\n    issuer: Y\n    issue_date: \"2026-01-06\"\n");

        Assert.Equal((6, "duplicate-id", "2"), (error.Location.Line, error.Code, error.Args["first"]));
    }

    [Theory]
    [InlineData("1969/QĐ-TTg")]
    [InlineData("1697/QĐ-TTg")]
    [InlineData("1669/QĐ-TTg")]
    public void Nearest_SuggestsTheProgrammeForAOneDigitTypo(string typo) =>
        Assert.Equal("1696/QĐ-TTg", BuiltIn.Nearest(typo).First().Symbol);

    [Fact]
    public void Nearest_SuggestsNothingFarAway() => Assert.Empty(BuiltIn.Nearest("9999/KH-XYZ"));

    [Theory]
    [InlineData("Luật Phòng, chống bạo lực gia đình", "2018-03-01", "02/2007/QH12")]
    [InlineData("Luật Phòng, chống bạo lực gia đình", "2026-04-20", "13/2022/QH15")]
    [InlineData("Chiến lược quốc gia về BĐG", "2017-03-22", "2351/QĐ-TTg")]
    [InlineData("Chiến lược quốc gia về bình đẳng giới", "2026-04-20", "28/NQ-CP")]
    [InlineData("Luật BĐG", "2017-03-22", "73/2006/QH11")]
    [InlineData("Đề án “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016-2020 và tầm nhìn đến năm 2030”", "2017-03-22", "1464/QĐ-TTg")]
    public void BareName_ResolvesToTheDocumentInForceOnThePlansDate(string name, string date, string symbol)
    {
        var plan = LegalHarness.Plan($"references:\n  - type: Luật\n    title: {name}\n    raw: {name}\n", date: date);

        Assert.Equal(symbol, BuiltIn.Resolve(plan.References[0], plan)?.Document.Symbol);
    }

    [Fact]
    public void LocalSymbolOfAnotherProvince_MatchesOnlyWithIssuerOrDate()
    {
        var haNoi = LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "135/KH-UBND", "2018-03-01", "UBND thành phố Hà Nội")), date: "2018-05-01",
            issuer: "Ủy ban nhân dân thành phố Hà Nội");
        var thanhHoa = LegalHarness.Plan(LegalHarness.Bases(("Kế hoạch", "135/KH-UBND", "2018-03-01", "UBND tỉnh")), date: "2018-08-01",
            issuer: "Ban vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa");

        Assert.Null(BuiltIn.Resolve(haNoi.LegalBases[0], haNoi));
        Assert.Equal("135/KH-UBND", BuiltIn.Resolve(thanhHoa.LegalBases[0], thanhHoa)?.Document.Symbol);
    }

    [Fact]
    public void Merge_UserEntryReplacesTheSameSymbolAndScopeAndAddsTheRest()
    {
        var (user, error) = LegalCatalog.TryParse(
            "documents:\n  - symbol: \"350/KH-BYT\"\n    type: Kế hoạch\n    issuer: Bộ Y tế\n    issue_date: \"2019-04-05\"\n    scope: \"ministry:Bộ Y tế\"\n    title: về hoạt động vì sự tiến bộ của phụ nữ năm 2019\n" +
            "  - symbol: \"5/KH-UBND\"\n    type: Kế hoạch\n    issuer: UBND huyện Than Uyên\n    issue_date: \"2026-01-05\"\n", "user.yaml");
        Assert.Null(error);

        var merged = BuiltIn.Merge(user!);

        Assert.Equal(85, merged.Documents.Count);
        Assert.Equal("về hoạt động vì sự tiến bộ của phụ nữ năm 2019", merged.BySymbol("350/KH- BYT")!.Title);
        Assert.NotNull(merged.BySymbol("05/KH-UBND"));
    }

    [Fact]
    public void WithPlans_AddsNumberedPlansThatTheCatalogueDoesNotHave()
    {
        var plans = Fixtures.Load(Repo.Path("fixtures", "cascades", "lai-chau-2026"));

        var withPlans = BuiltIn.WithPlans(plans);

        // 45/KH-UBND and 35/KH-BVĐK are new; 101/KH-SYT (same date) is already catalogued; the draft has a blank number.
        Assert.Equal(["45/KH-UBND", "35/KH-BVĐK"], withPlans.Documents.Where(d => d.PlanId is not null).Select(d => d.Symbol));
    }

    [Theory]
    [InlineData("2018-01-20", "20/01/2018")]
    [InlineData("2019-04-05", "05/4/2019")]
    [InlineData("2021-03-03", "03/3/2021")]
    [InlineData("2022-11-14", "14/11/2022")]
    [InlineData("2019-04", "4/2019")]
    public void LegalDate_WritesDaysAndMonthsAsDecree30Asks(string iso, string written)
    {
        Assert.True(PartialDate.TryParseIso(iso, out var date));
        Assert.Equal(written, LegalDate.Format(date));
    }

    [Fact]
    public void PlanDate_IsTheIssueDateOrTheStartOfThePeriod()
    {
        Assert.Equal(new PlanDate(new DateOnly(2026, 4, 20), true), PlanDate.Of(LegalHarness.Plan("")));
        Assert.Equal(new PlanDate(new DateOnly(2026, 1, 1), false), PlanDate.Of(LegalHarness.Plan("", date: "2026-04")));
    }

    [Fact]
    public void EngineWithoutCatalogue_RunsNoCatalogueRule()
    {
        var plan = LegalHarness.Plan(LegalHarness.Bases(("Chỉ thị", "21/CT-TW", "2017-01-20", "Bộ Chính trị")));

        var withoutCatalogue = new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(RuleHarness.AsOf)).Evaluate([plan]);

        Assert.DoesNotContain(withoutCatalogue.Findings, f => f.Rule.Category == RuleCategory.Legal);
        Assert.Equal(["11 CE-L003", "11 CE-L004", "11 CE-L005"], LegalHarness.Legal(plan));
    }

    [Fact]
    public void LegalRules_DoNotCrashOnAnEmptyPlanOrOnAnyFixture()
    {
        var empty = PlanText.Load("id: e\ntitle: T\nissuer: X\nlevel: unit\nstatus: draft\nparent: { id: e2 }\nlegal_bases:\n  - type: Luật\n    raw: Luật\n");
        var emptyParent = PlanText.Load("id: e2\ntitle: T\nissuer: Y\nlevel: department\nstatus: issued\n", "parent.yaml");
        var runs = Fixtures.PlanFiles().Select(f => PlanLoader.Load([f]).Plans.ToArray()).Append([empty, emptyParent]);

        foreach (var plans in runs)
        {
            Assert.DoesNotContain(LegalHarness.Evaluate(plans).Findings, f => f.Rule.Id == "CE-E001");
        }
    }

    [Fact]
    public void NumberKeyOfMisspelling_DiffersFromTheSymbol() =>
        Assert.NotEqual(PlanIndex.NumberKey("21-CT/TW"), PlanIndex.NumberKey("21/CT-TW"));
}
