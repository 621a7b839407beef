using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L001: the plan cites at least one legal basis ("Căn cứ …", "Thực hiện …").</summary>
[Name("CE-L001"), Tag("legal")]
internal sealed class LegalBasisMissing(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.LegalBases.Count > 0)
        {
            yield break;
        }

        var title = ("title", plan.Title.Length <= 90 ? plan.Title : string.Concat(plan.Title.AsSpan(0, 89), "…"));
        yield return plan.Parent?.Number is { Length: > 0 } parentNumber
            ? HitVariant("with-parent", plan.Location, Subject.OfPlan(plan), title, ("parentNumber", parentNumber))
            : Hit(plan.Location, Subject.OfPlan(plan), title);
    }
}
