using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P004: an issued plan needs a complete, real issue date.</summary>
internal sealed class IssueDateIncomplete : PlanRule
{
    public override string Id => "CE-P004";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Issued || plan.IssueDate?.Value.ToDate() is not null)
        {
            yield break;
        }

        yield return Hit(plan.IssueDate?.Location ?? plan.Location, Subject.OfPlan(plan), ("date", plan.IssueDate?.Value.ToVietnamese() ?? string.Empty), ("place", plan.Place ?? "…"));
    }
}
