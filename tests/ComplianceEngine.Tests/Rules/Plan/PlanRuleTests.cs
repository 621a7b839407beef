using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Plan;

// One test class per rule (the meta-test RuleTestCoverageTests checks the names).
public sealed class PlanNumberMissingTests
{
    [Fact]
    public void IssuedPlanWithBlankNumber_FiresOnNumberLine() =>
        Assert.Equal(["plan.yaml:3:9 CE-P001 p"], RuleHarness.Fired("CE-P001", PlanText.Load(PlanText.Minimal(number: "/KH-SYT"))));

    [Fact]
    public void IssuedPlanWithNumber_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P001", PlanText.Load(PlanText.Minimal())));

    [Fact]
    public void DraftWithBlankNumber_IsLeftToCeP002() =>
        Assert.Empty(RuleHarness.Fired("CE-P001", PlanText.Load(PlanText.Minimal(status: "draft", number: "/KH-BV"))));
}

public sealed class DraftNumberBlankTests
{
    [Fact]
    public void BlankNumberInDraft_ReportsWarningAtLine3()
    {
        var finding = Assert.Single(RuleHarness.Findings("CE-P002", PlanText.Load(PlanText.Minimal(status: "draft", number: "/KH-BV"))));

        Assert.Equal((3, Core.Engine.Severity.Warning), (finding.Location.Line, finding.Severity));
        // "Dự thảo còn để trống số văn bản" = the draft leaves its number blank.
        Assert.Equal("Dự thảo còn để trống số văn bản (\"Số: /KH-BV\").", finding.Message(Language.Vi));
    }

    [Fact]
    public void DraftWithNumber_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P002", PlanText.Load(PlanText.Minimal(status: "draft"))));
}

public sealed class PlanNumberMalformedTests
{
    [Theory]
    [InlineData("11/VY/KH- BVSTBCPN")]
    [InlineData("21/CT-TW/2018")]
    public void MalformedNumber_Fires(string number) =>
        Assert.Equal(["plan.yaml:3:9 CE-P003 p"], RuleHarness.Fired("CE-P003", PlanText.Load(PlanText.Minimal(number: number))));

    [Theory]
    [InlineData("1007 /KH- BVSTBCPN")]
    [InlineData("101/KH-SYT")]
    [InlineData("56/2012/NĐ-CP")]
    [InlineData("21-CT/TW")]
    [InlineData("774/ SLĐT BXH- TEBĐG")]
    public void WellFormedNumber_IsSilent(string number) =>
        Assert.Empty(RuleHarness.Fired("CE-P003", PlanText.Load(PlanText.Minimal(number: number))));
}

public sealed class IssueDateIncompleteTests
{
    [Fact]
    public void IssuedPlanWithMonthOnly_FiresOnDateLine() =>
        Assert.Equal(["plan.yaml:7:13 CE-P004 p"], RuleHarness.Fired("CE-P004", PlanText.Load(PlanText.Minimal(date: "2026-05"))));

    [Fact]
    public void IssuedPlanWithImpossibleDay_Fires() =>
        Assert.Equal(["plan.yaml:7:13 CE-P004 p"], RuleHarness.Fired("CE-P004", PlanText.Load(PlanText.Minimal(date: "2026-02-30"))));

    [Fact]
    public void CompleteDate_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P004", PlanText.Load(PlanText.Minimal())));
}

public sealed class DraftIssueDateBlankTests
{
    [Fact]
    public void DraftWithMonthOnly_Fires() =>
        Assert.Equal(["plan.yaml:7:13 CE-P005 p"], RuleHarness.Fired("CE-P005", PlanText.Load(PlanText.Minimal(status: "draft", date: "2026-04"))));

    [Fact]
    public void DraftWithFullDate_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P005", PlanText.Load(PlanText.Minimal(status: "draft"))));
}
