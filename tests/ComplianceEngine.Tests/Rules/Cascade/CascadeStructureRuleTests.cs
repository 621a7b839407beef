using ComplianceEngine.Core.Text;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Cascade;

public sealed class NumberUniqueTests
{
    [Fact]
    public void SameNumberSameIssuerSameYear_FiresOnceForTheGroup_OnItsFirstPlan()
    {
        var a = PlanText.Load(PlanText.Minimal(id: "a"), "a.yaml");
        var b = PlanText.Load(PlanText.Minimal(id: "b", number: "12/KH- SYT"), "b.yaml");

        Assert.Equal(["a.yaml:3:9 CE-C006 a"], RuleHarness.Fired("CE-C006", b, a));
        Assert.Equal("b (b.yaml)", RuleHarness.Findings("CE-C006", a, b).Single().Args["others"]);
    }

    [Fact]
    public void AThousandCopiesOfATemplate_MakeOneFinding_NotOnePerPair()
    {
        var copies = Enumerable.Range(0, 1_000).Select(i => PlanText.Load(PlanText.Minimal(id: $"p{i:D4}"), $"p{i:D4}.yaml")).ToArray();

        var finding = Assert.Single(RuleHarness.Findings("CE-C006", copies));
        Assert.Equal(("p0000", "999"), (finding.Subject.Id, finding.Args["count"]));
        Assert.EndsWith("p0005 (p0005.yaml), …", finding.Args["others"], StringComparison.Ordinal);
    }

    [Fact]
    public void SameNumberOtherIssuer_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-C006", PlanText.Load(PlanText.Minimal(id: "a"), "a.yaml"), PlanText.Load(PlanText.Minimal(id: "b", issuer: "Sở Y tế tỉnh Kon Tum"), "b.yaml")));
}

public sealed class CascadeAcyclicTests
{
    [Fact]
    public void TwoPlansNamingEachOtherAsParent_FireOnBoth()
    {
        var a = PlanText.Load(PlanText.Minimal(id: "a", extra: "parent: { id: b }\n"), "a.yaml");
        var b = PlanText.Load(PlanText.Minimal(id: "b", number: "13/KH-SYT", extra: "parent: { id: a }\n"), "b.yaml");

        Assert.Equal(["a.yaml:10:9 CE-C007 a", "b.yaml:10:9 CE-C007 b"], RuleHarness.Fired("CE-C007", a, b));
    }

    [Fact]
    public void OrdinaryChain_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C007", Pair.Parent(), Pair.Child(Pair.Covered)));
}

public sealed class LevelBelowParentTests
{
    [Fact]
    public void ChildAtParentsLevel_Fires()
    {
        var child = PlanText.Load(PlanText.Minimal(id: "c", number: "14/KH-SLĐTBXH", issuer: "Sở LĐTBXH", extra: "parent: { id: so }\n"), "c.yaml");

        Assert.Equal(["c.yaml:10:9 CE-C008 c"], RuleHarness.Fired("CE-C008", Pair.Parent(), child));
    }

    [Fact]
    public void DistrictUnderASosGuidance_AndADispatchUnderItsOwnPlan_AreSilent()
    {
        var so = PlanText.Load(PlanText.Minimal(id: "so", number: "15/SLĐTBXH-BĐG", issuer: "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên"), "so.yaml");
        var district = PlanText.Load(PlanText.Minimal(id: "h", number: "20/KH-UBND", issuer: "UBND huyện Tủa Chùa", extra: "parent: { id: so }\n"), "h.yaml");
        var dispatch = PlanText.Load(PlanText.Minimal(id: "cv", number: "301/UBND-VX", issuer: "UBND huyện Tủa Chùa", extra: "parent: { id: h }\n"), "cv.yaml");

        Assert.Empty(RuleHarness.Fired("CE-C008", so, district, dispatch));
    }

    [Fact]
    public void HospitalBelowSo_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C008", Pair.Parent(), Pair.Child(Pair.Covered)));
}

public sealed class PeriodWithinParentTests
{
    [Fact]
    public void ChildPeriodBeyondParent_FiresOnPeriodLine()
    {
        var child = Pair.Child(Pair.Covered).Period!;
        var plan = Pair.Child(Pair.Covered) with { Period = child with { Value = new Core.Model.YearPeriod(2026, 2027) } };

        Assert.Equal(["bv.yaml:8:9 CE-C009 bv"], RuleHarness.Fired("CE-C009", Pair.Parent(), plan));
    }

    [Fact]
    public void SameYear_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C009", Pair.Parent(), Pair.Child(Pair.Covered)));
}

public sealed class SubPlanIssuedInTimeTests
{
    private static Core.Model.Plan Parent(string from) => PlanText.Load(PlanText.Minimal(id: "tinh", number: "16/KH-BVSTBCPN", date: "2026-03-01", level: "province", issuer: "Ban VSTBCPN tỉnh Kon Tum", extra: $"""
        reports:
          - id: ke-hoach
            title: Kế hoạch năm của các huyện
            kind: plan
            due: trước ngày 31/3/2026
            from: [{from}]
        """), "tinh.yaml");

    private static Core.Model.Plan District(string date) => PlanText.Load(PlanText.Minimal(id: "huyen", number: "20/KH-UBND", date: date, issuer: "UBND huyện Đăk Hà", extra: "unit_kinds: [ubnd-huyen]\nparent: { id: tinh }\n"), "huyen.yaml");

    [Fact]
    public void DistrictPlanIssuedAfterDeadline_FiresOnIssueDate() =>
        Assert.Equal(["huyen.yaml:7:13 CE-C010 ke-hoach"], RuleHarness.Fired("CE-C010", Parent("UBND các huyện, thành phố"), District("2026-04-15")));

    [Fact]
    public void IssuedInTime_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C010", Parent("UBND các huyện, thành phố"), District("2026-03-25")));

    [Fact]
    public void DeadlineForOtherUnits_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C010", Parent("Sở Tư pháp"), District("2026-04-15")));
}

public sealed class IndicatorAmbitionTests
{
    private static Core.Model.Plan Parent() => PlanText.Load(PlanText.Minimal(id: "so", number: "101/KH-SYT", extra: """
        indicators:
          - id: tu-vong-me
            name: Tỷ số tử vong mẹ
            target: 46/100.000
            direction: decrease
          - id: nu-lanh-dao
            name: Tỷ lệ nữ lãnh đạo
            target: "35%"
            direction: increase
        """), "so.yaml");

    private static Core.Model.Plan Child(string mortality, string women) => Pair.Child($"""
        indicators:
          - id: a
            name: Tử vong mẹ
            target: "{mortality}"
            implements: [tu-vong-me]
          - id: b
            name: Nữ lãnh đạo
            target: "{women}"
            implements: [nu-lanh-dao]
        """);

    [Fact]
    public void HigherRateThatMustFallAndLowerShareThatMustRise_FireBoth() =>
        Assert.Equal(["bv.yaml:18:5 CE-C011 a", "bv.yaml:22:5 CE-C011 b"], RuleHarness.Fired("CE-C011", Parent(), Child("50,45/100.000", "từ 25% trở lên")));

    [Fact]
    public void AsAmbitiousAcrossUnitForms_IsSilent() =>
        // 0,4/1.000 = 40/100.000 ≤ 46/100.000; "trên 35%" ≥ 35%.
        Assert.Empty(RuleHarness.Fired("CE-C011", Parent(), Child("0,4/1.000", "trên 35%")));
}

public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData("50,45/100.000", null, 0.0005045)]
    [InlineData("26/1.000", null, 0.026)]
    [InlineData("114 bé trai/100 bé gái", null, 1.14)]
    [InlineData("35%", null, 0.35)]
    [InlineData("44,5", "%", 0.445)]
    [InlineData("20-25%", null, 0.20)]
    public void Parse_ReducesToARatio(string text, string? unit, double low) =>
        Assert.Equal(low, IndicatorValue.Parse(text, unit)!.Low, 9);
}
