using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P005: a draft's incomplete date is a reminder.</summary>
[Name("CE-P005"), Tag("plan")]
internal sealed class DraftIssueDateBlank(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Draft || plan.IssueDate?.Value.ToDate() is not null)
        {
            yield break;
        }

        yield return Hit(plan.IssueDate?.Location ?? plan.Location, Subject.OfPlan(plan), ("date", plan.IssueDate?.Value.ToVietnamese() ?? string.Empty));
    }
}
