using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C009: a child's period lies within its parent's.</summary>
internal sealed class PeriodWithinParent : CascadeRule
{
    public override string Id => "CE-C009";

    public override IEnumerable<RuleHit> Evaluate(CascadeContext context)
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
