using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T003: every timeline and due date parses to a real date.</summary>
[Name("CE-T003"), Tag("task")]
internal sealed class TimelineUnderstood(RuleParameters parameters) : ComplianceRule(parameters)
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
        var plan = context.Plan;
        foreach (var (what, id, time) in plan.TimeExpressions)
        {
            var parsed = TimeExpressionParser.Parse(time.Value, plan.ReferenceYear);
            if (!parsed.Success)
            {
                yield return Hit(time.Location, new Subject(what, id), ("what", "@subject-" + what), ("id", id), ("raw", time.Value), ("problem", "@" + parsed.Error), ("date", parsed.Detail));
            }
        }
    }
}
