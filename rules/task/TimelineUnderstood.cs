using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T003: every timeline and due date parses to a real date.</summary>
internal sealed class TimelineUnderstood : PlanRule
{
    public override string Id => "CE-T003";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
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
