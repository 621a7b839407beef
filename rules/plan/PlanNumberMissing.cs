using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P001: an issued plan must carry a number.</summary>
internal sealed class PlanNumberMissing : PlanRule
{
    public override string Id => "CE-P001";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Issued || DocumentSymbol.Classify(plan.Number?.Value) != SymbolShape.Blank)
        {
            yield break;
        }

        yield return Hit(plan.Number?.Location ?? plan.Location, Subject.OfPlan(plan), ("title", plan.Title));
    }
}
