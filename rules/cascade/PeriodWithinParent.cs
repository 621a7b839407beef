using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C009: a child's period lies within its parent's.</summary>
[Name("CE-C009"), Tag("cascade")]
internal sealed class PeriodWithinParent(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        if (context.Child.Period is not { } period || context.Parent.Period?.Value is not { } parentPeriod)
        {
            yield break;
        }

        if (period.Value.From >= parentPeriod.From && period.Value.To <= parentPeriod.To)
        {
            yield break;
        }

        yield return Hit(period.Location, new Subject("plan", context.Child.Id),
            ("period", period.Value.ToString()), ("parentPeriod", parentPeriod.ToString()), ("parent", context.Parent.Number?.Value ?? context.Parent.Id));
    }
}
