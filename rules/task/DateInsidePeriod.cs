using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T004: every dated timeline or due date lies inside the plan's period.</summary>
[Name("CE-T004"), Tag("task")]
internal sealed class DateInsidePeriod(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Period?.Value is not { } period)
        {
            yield break;
        }

        foreach (var (what, id, time) in plan.TimeExpressions)
        {
            var parsed = TimeExpressionParser.Parse(time.Value, plan.ReferenceYear);
            if (parsed.Value is { YearImplied: false } value && (!period.Contains(value.End.Year) || (value.Start is { } s && !period.Contains(s.Year))))
            {
                yield return Hit(time.Location, new Subject(what, id), ("what", "@subject-" + what), ("id", id), ("raw", time.Value), ("end", value.EndText), ("period", period.ToString()));
            }
        }
    }
}
