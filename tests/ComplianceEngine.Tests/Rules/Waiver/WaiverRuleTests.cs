using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Waiver;

internal static class WaiverPlans
{
    /// <summary>The task and waiver findings of the plan (legal rules also fire on this minimal plan, and are not the point here).</summary>
    public static IEnumerable<Core.Engine.Finding> Relevant(Core.Engine.Evaluation e) => e.Findings.Where(f => f.Rule.Id[3] is 'T' or 'W');

    // Task 1 has no timeline, so CE-T002 fires on it at line 11.
    public static Core.Model.Plan With(string waivers) => PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: A\n    lead_unit: Phòng TCHC\nwaivers:\n" + waivers));
}

public sealed class WaiverHasReasonTests
{
    [Fact]
    public void WaiverWithoutReason_FiresAndDoesNotWaive()
    {
        var evaluation = RuleHarness.Evaluate(WaiverPlans.With("  - rule: CE-T002\n    subject: \"1\"\n"));

        Assert.Equal(["CE-T002:11", "CE-W001:15"], WaiverPlans.Relevant(evaluation).Select(f => $"{f.Rule.Id}:{f.Location.Line}"));
        Assert.Empty(evaluation.Waived);
    }

    [Fact]
    public void WaiverWithReason_WaivesAndIsSilent()
    {
        // "không áp dụng cho bệnh viện" = does not apply to hospitals.
        var evaluation = RuleHarness.Evaluate(WaiverPlans.With("  - rule: CE-T002\n    subject: \"1\"\n    reason: không áp dụng cho bệnh viện\n"));

        Assert.Empty(WaiverPlans.Relevant(evaluation));
        Assert.Equal("CE-T002", Assert.Single(evaluation.Waived).Finding.Rule.Id);
    }
}

public sealed class WaiverNotExpiredTests
{
    [Fact]
    public void ExpiredWaiver_FiresAndDoesNotWaive()
    {
        var evaluation = RuleHarness.Evaluate(WaiverPlans.With("  - rule: CE-T002\n    reason: tạm hoãn\n    until: \"2026-06-30\"\n"));

        Assert.Equal(["CE-T002:11", "CE-W002:15"], WaiverPlans.Relevant(evaluation).Select(f => $"{f.Rule.Id}:{f.Location.Line}"));
    }

    [Fact]
    public void WaiverStillValid_IsSilent() =>
        Assert.Empty(WaiverPlans.Relevant(RuleHarness.Evaluate(WaiverPlans.With("  - rule: CE-T002\n    reason: tạm hoãn\n    until: \"2026-12-31\"\n"))));
}

public sealed class WaiverMatchesNothingTests
{
    [Fact]
    public void WaiverOfRuleThatDoesNotFire_IsReported() =>
        Assert.Contains("plan.yaml:15:5 CE-W003 CE-P001", RuleHarness.Fired("CE-W003", WaiverPlans.With("  - rule: CE-P001\n    reason: x\n")).Select(s => s.Replace(" CE-W003 CE-P001", " CE-W003 CE-P001")));
}
