using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P003: the plan's own number must have a known shape.</summary>
[Name("CE-P003"), Tag("plan")]
internal sealed class PlanNumberMalformed(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var number = context.Plan.Number;
        if (number is null || DocumentSymbol.Classify(number.Value) != SymbolShape.Malformed)
        {
            yield break;
        }

        yield return Hit(number.Location, Subject.OfPlan(context.Plan), ("number", number.Value));
    }
}
