using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P005: a draft's incomplete date is a reminder.</summary>
internal sealed class DraftIssueDateBlank : PlanRule
{
    public override string Id => "CE-P005";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Draft || plan.IssueDate?.Value.ToDate() is not null)
        {
            yield break;
        }

        yield return Hit(plan.IssueDate?.Location ?? plan.Location, Subject.OfPlan(plan), ("date", plan.IssueDate?.Value.ToVietnamese() ?? string.Empty));
    }
}
