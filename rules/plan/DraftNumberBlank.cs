using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P002: a draft's blank number is a reminder, not an error.</summary>
[Name("CE-P002"), Tag("plan")]
internal sealed class DraftNumberBlank(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Status != PlanStatus.Draft || DocumentSymbol.Classify(plan.Number?.Value) != SymbolShape.Blank)
        {
            yield break;
        }

        var written = plan.Number?.Value ?? string.Empty;
        yield return Hit(plan.Number?.Location ?? plan.Location, Subject.OfPlan(plan),
            ("number", written), ("code", written.TrimStart('/', ' ').Length > 0 ? written.TrimStart('/', ' ') : "KH-…"));
    }
}
