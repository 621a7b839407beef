using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C005: a declared parent that is not loaded means cascade checks were skipped; say so.</summary>
internal sealed class ParentPresent : PlanRule
{
    public override string Id => "CE-C005";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Parent is not { } reference || context.Facts.Index.ParentLink(plan) is not null)
        {
            yield break;
        }

        yield return Hit(reference.Location, new Subject("citation", reference.Number ?? reference.Id ?? string.Empty),
            ("cited", reference.Number ?? reference.Id));
    }
}
