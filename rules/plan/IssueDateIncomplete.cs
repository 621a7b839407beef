using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P004: an issued plan needs a complete, real issue date.</summary>
[Name("CE-P004"), Tag("plan")]
internal sealed class IssueDateIncomplete(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Issued || plan.IssueDate?.Value.ToDate() is not null)
        {
            yield break;
        }

        yield return Hit(plan.IssueDate?.Location ?? plan.Location, Subject.OfPlan(plan), ("date", plan.IssueDate?.Value.ToVietnamese() ?? string.Empty), ("place", plan.Place ?? "…"));
    }
}
