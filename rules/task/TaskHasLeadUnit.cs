using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T001: every task names who leads it (its own lead unit, or the unit it is assigned to).</summary>
[Name("CE-T001"), Tag("task")]
internal sealed class TaskHasLeadUnit(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(plan, run))));
    }

    private IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var task in context.Plan.Tasks)
        {
            if (task.EffectiveLeadUnit is null && task.AssignedTo.Count == 0)
            {
                yield return Hit(task.Location, new Subject("task", task.Id), ("task", task.Id), ("title", Shorten(task.Title)));
            }
        }
    }

    internal static string Shorten(string text) => text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87), "…");
}
