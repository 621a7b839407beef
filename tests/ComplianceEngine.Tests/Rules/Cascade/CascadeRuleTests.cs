using ComplianceEngine.Core.Model;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Cascade;

/// <summary>A parent (Sở) and a child (hospital) written in the test; lines are counted from these strings.</summary>
internal static class Pair
{
    // Parent: tasks 1 (to everyone), 2 (to Sở Tư pháp only); six-month report due 30/5/2026.
    public static global::ComplianceEngine.Core.Model.Plan Parent() => PlanText.Load(PlanText.Minimal(id: "so", number: "101/KH-SYT", extra: """
        tasks:
          - id: "1"
            title: Tuyên truyền về bình đẳng giới
            timeline: Thường xuyên trong năm 2026
          - id: "2"
            title: Thẩm định lồng ghép giới trong văn bản
            assigned_to: [Sở Tư pháp]
        reports:
          - id: bc-6-thang
            title: Báo cáo sơ kết 6 tháng
            due: trước ngày 30/5/2026
        """), "so.yaml");

    /// <summary>Child with a parent citation of <paramref name="citedDate"/> and the given tasks/reports YAML (starting at line 17).</summary>
    public static global::ComplianceEngine.Core.Model.Plan Child(string body, string citedDate = "2026-04-20", string citedNumber = "101/KH-SYT") =>
        PlanText.Load(PlanText.Minimal(id: "bv", number: "15/KH-BV", date: "2026-04-25", level: "unit", issuer: "Bệnh viện Đa khoa Than Uyên", extra: $$"""
        parent: { id: so, number: "{{citedNumber}}" }
        legal_bases:
          - type: Kế hoạch
            number: "{{citedNumber}}"
            date: "{{citedDate}}"
            raw: Kế hoạch số {{citedNumber}}
        unit_kinds: [benh-vien]

        """ + body), "bv.yaml");

    public const string Covered = """
        tasks:
          - id: "1"
            title: Tuyên truyền
            lead_unit: Phòng Tổ chức hành chính
            timeline: Thường xuyên trong năm 2026
            implements: ["1"]
        reports:
          - id: bc-6-thang
            title: Báo cáo sơ kết 6 tháng
            due: trước ngày 25/5/2026
            implements: [bc-6-thang]
        """;
}

public sealed class ParentCitedTests
{
    [Fact]
    public void CorrectCitation_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C001", Pair.Parent(), Pair.Child(Pair.Covered)));

    [Fact]
    public void WrongDate_FiresOnTheCitation()
    {
        var finding = Assert.Single(RuleHarness.Findings("CE-C001", Pair.Parent(), Pair.Child(Pair.Covered, citedDate: "2026-04-02")));

        Assert.Equal(("bv.yaml", 12), (finding.Location.File, finding.Location.Line));
        Assert.Contains("ngày 20/4/2026", finding.Fix(Language.Vi));
    }

    [Fact]
    public void NoCitationOfParent_FiresOnParentReference()
    {
        var child = Pair.Child(Pair.Covered) with { LegalBases = [] };

        Assert.Equal(["bv.yaml:10:9 CE-C001 101/KH-SYT"], RuleHarness.Fired("CE-C001", Pair.Parent(), child));
    }

    [Fact]
    public void ParentDeclaredWithAnotherNumber_Fires() =>
        Assert.Equal(["bv.yaml:10:9 CE-C001 110/KH-SYT"], RuleHarness.Fired("CE-C001", Pair.Parent(), Pair.Child(Pair.Covered, citedNumber: "110/KH-SYT")));
}

public sealed class ParentTaskCoveredTests
{
    [Fact]
    public void AllApplicableTasksLinked_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C002", Pair.Parent(), Pair.Child(Pair.Covered)));

    [Fact]
    public void TaskToEveryoneNotLinked_FiresOnceForThatTask()
    {
        var child = Pair.Child(Pair.Covered.Replace("implements: [\"1\"]", "implements: []"));

        Assert.Equal(["bv.yaml:10:9 CE-C002 1"], RuleHarness.Fired("CE-C002", Pair.Parent(), child));
    }

    [Fact]
    public void TaskAssignedToSoTuPhap_IsNotRequiredOfAHospital() =>
        Assert.DoesNotContain(RuleHarness.Fired("CE-C002", Pair.Parent(), Pair.Child(Pair.Covered)), f => f.EndsWith(" 2", StringComparison.Ordinal));
}

public sealed class DeadlineNotLaterTests
{
    [Fact]
    public void EarlierReport_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C003", Pair.Parent(), Pair.Child(Pair.Covered)));

    [Fact]
    public void LaterReport_FiresOnDueLine()
    {
        var child = Pair.Child(Pair.Covered.Replace("trước ngày 25/5/2026", "trước ngày 10/6/2026"));

        Assert.Equal(["bv.yaml:26:10 CE-C003 bc-6-thang"], RuleHarness.Fired("CE-C003", Pair.Parent(), child));
    }

    [Fact]
    public void MarginParameter_RequiresSlack()
    {
        var (ruleset, error) = Core.Engine.Ruleset.TryParse("rules:\n  CE-C003: { parameters: { margin_days: \"7\" } }\n", "r.yaml", ComplianceEngine.Rules.RuleAssembly.Catalog);
        Assert.Null(error);

        var evaluation = new Core.Engine.RuleEngine(ComplianceEngine.Rules.RuleAssembly.Catalog, ruleset!, new Core.Engine.EngineOptions(RuleHarness.AsOf))
            .Evaluate([Pair.Parent(), Pair.Child(Pair.Covered)]);

        Assert.Single(evaluation.Findings, f => f.Rule.Id == "CE-C003");
    }
}

public sealed class ImplementsKnownTaskTests
{
    [Fact]
    public void LinkToMissingTask_FiresOnTheLink() =>
        Assert.Equal(["bv.yaml:22:18 CE-C004 1"], RuleHarness.Fired("CE-C004", Pair.Parent(), Pair.Child(Pair.Covered.Replace("implements: [\"1\"]", "implements: [\"9\"]"))));

    [Fact]
    public void KnownLinks_AreSilent() => Assert.Empty(RuleHarness.Fired("CE-C004", Pair.Parent(), Pair.Child(Pair.Covered)));
}

public sealed class ParentPresentTests
{
    [Fact]
    public void ParentNotLoaded_ReportsInfo()
    {
        var finding = Assert.Single(RuleHarness.Findings("CE-C005", Pair.Child(Pair.Covered)));

        Assert.Equal((Core.Engine.Severity.Info, 10), (finding.Severity, finding.Location.Line));
    }

    [Fact]
    public void ParentLoaded_IsSilent() => Assert.Empty(RuleHarness.Fired("CE-C005", Pair.Parent(), Pair.Child(Pair.Covered)));
}
