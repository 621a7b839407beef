using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P001: an issued plan must carry a number.</summary>
[Name("CE-P001"), Tag("plan")]
internal sealed class PlanNumberMissing(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Issued || DocumentSymbol.Classify(plan.Number?.Value) != SymbolShape.Blank)
        {
            yield break;
        }

        yield return Hit(plan.Number?.Location ?? plan.Location, Subject.OfPlan(plan), ("title", plan.Title));
    }
}
