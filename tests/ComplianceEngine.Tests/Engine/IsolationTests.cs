using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Tests.Engine;

/// <summary>CE-T998: "the plan has no task", written with a negated condition that throws on every task.</summary>
[Name("CE-T998"), Tag("task")]
public sealed class ThrowingNotRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Not<TaskFact>(t => Explode(t));
        Then().Do(ctx => findings.Add(ctx, Hit(plan.Plan.Location, Subject.OfPlan(plan.Plan))));
    }

    private static bool Explode(TaskFact task) => throw new InvalidOperationException($"condition failed on task {task.Task.Id}");
}

/// <summary>CE-T997: every task, except that the condition throws on a task numbered "2".</summary>
[Name("CE-T997"), Tag("task")]
public sealed class ThrowingConditionRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        TaskFact task = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => task, t => Picky(t));
        Then().Do(ctx => findings.Add(ctx, Found(task)));
    }

    private static RuleHit Found(TaskFact task) => Hit(task.Task.Location, new Subject("task", task.Task.Id), ("task", task.Task.Id));

    private static bool Picky(TaskFact task) => task.Task.Id == "2" ? throw new InvalidOperationException("task 2 is not understood") : true;
}

/// <summary>CE-T996: fires when a session holds two plans.</summary>
[Name("CE-T996"), Tag("task")]
public sealed class TwoPlansInOneSessionRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        PlanFact other = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Match(() => other, o => o != plan);
        Then().Do(ctx => findings.Add(ctx, Found(plan, other)));
    }

    private static RuleHit Found(PlanFact plan, PlanFact other) => Hit(plan.Plan.Location, Subject.OfPlan(plan.Plan), ("other", other.Plan.Id));
}

public sealed class IsolationTests
{
    private static readonly RuleCatalog WithTestRules = RuleCatalog.Discover(RuleAssembly.Assembly, typeof(IsolationTests).Assembly);

    private static Plan ThreeTasks() => PlanText.Load(PlanText.Minimal(extra:
        "tasks:\n  - { id: \"1\", title: Tập huấn cán bộ xã Đông Sơn }\n  - { id: \"2\", title: Hội thi tìm hiểu luật }\n  - { id: \"3\", title: Tọa đàm nữ lãnh đạo }\n"));

    private static IReadOnlyList<Finding> Run(RuleCatalog catalog, params Plan[] plans) =>
        new RuleEngine(catalog, Ruleset.Empty, new EngineOptions(RuleHarness.AsOf) { Catalog = RuleAssembly.LegalCatalog }).Evaluate(plans).Findings;

    private static string[] Lines(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.PlanId} {f.Location} {f.Rule.Id} {f.Subject.Id} {string.Join(",", f.Args.Select(a => a.Key + "=" + a.Value))}").ToArray();

    [Fact]
    public void ThrowingNot_ReportsOneRuleFailureAndNoFinding()
    {
        var plan = ThreeTasks();

        var findings = Run(WithTestRules, plan);

        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-T998");
        var failure = Assert.Single(findings, f => f.Rule.Id == "CE-E001" && f.Subject.Id == "CE-T998");
        Assert.Equal(plan.Id, failure.PlanId);
        Assert.Equal("InvalidOperationException: condition failed on task 1", failure.Args["error"]);
    }

    [Fact]
    public void ThrowingNot_OnAPlanWithoutTasks_StillFires()
    {
        var plan = PlanText.Load(PlanText.Minimal());

        var findings = Run(WithTestRules, plan);

        Assert.Single(findings, f => f.Rule.Id == "CE-T998");
        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-E001" && f.Subject.Id == "CE-T998");
    }

    [Fact]
    public void ConditionThrowingOnOneTask_DropsEveryFindingOfThatRuleOnThePlan()
    {
        var findings = Run(WithTestRules, ThreeTasks());

        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-T997");
        var failure = Assert.Single(findings, f => f.Rule.Id == "CE-E001" && f.Subject.Id == "CE-T997");
        Assert.Equal("InvalidOperationException: task 2 is not understood", failure.Args["error"]);
    }

    [Fact]
    public void ConditionThrowingOnOnePlan_LeavesItsFindingsOnOtherPlans()
    {
        var other = PlanText.Load(PlanText.Minimal(id: "q", number: "13/KH-SYT", extra: "tasks:\n  - { id: \"7\", title: Tọa đàm }\n"), "other.yaml");

        var findings = Run(WithTestRules, ThreeTasks(), other);

        Assert.Equal(["CE-T997 q 7"], findings.Where(f => f.Rule.Id == "CE-T997").Select(f => $"{f.Rule.Id} {f.PlanId} {f.Subject.Id}"));
    }

    [Fact]
    public void ThrowingRules_LeaveTheOtherRulesFindingsUnchanged()
    {
        var plans = new[] { ThreeTasks() };
        static bool BuiltIn(Finding f) => f.Rule.Id != "CE-E001" && RuleAssembly.Catalog.Descriptors.ContainsKey(f.Rule.Id);

        var with = Run(WithTestRules, plans);
        var without = Run(RuleAssembly.Catalog, plans);

        Assert.NotEmpty(without);
        Assert.Equal(Lines(without), Lines(with.Where(BuiltIn)));
        Assert.Equal(["CE-T997", "CE-T998", "CE-T999"], with.Where(f => f.Rule.Id == "CE-E001").Select(f => f.Subject.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(with, f => f.Rule.Id is "CE-T996" or "CE-T997" or "CE-T998");
    }

    [Fact]
    public void EverySession_HoldsOnePlan()
    {
        var plans = Fixtures.Load(Repo.Path("fixtures", "cascades", "thanh-hoa-2019")).ToArray();

        var findings = Run(WithTestRules, plans);

        Assert.True(plans.Length > 3);
        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-T996");
    }
}
