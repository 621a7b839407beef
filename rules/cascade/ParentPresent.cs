using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C005: a declared parent that is not loaded means cascade checks were skipped; say so.</summary>
[Name("CE-C005"), Tag("cascade")]
internal sealed class ParentPresent(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
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
