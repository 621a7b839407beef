using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P003: the plan's own number must have a known shape.</summary>
internal sealed class PlanNumberMalformed : PlanRule
{
    public override string Id => "CE-P003";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var number = context.Plan.Number;
        if (number is null || DocumentSymbol.Classify(number.Value) != SymbolShape.Malformed)
        {
            yield break;
        }

        yield return Hit(number.Location, Subject.OfPlan(context.Plan), ("number", number.Value));
    }
}
