using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C006: no two loaded plans of the same issuer carry the same number.</summary>
[Name("CE-C006"), Tag("cascade")]
internal sealed class NumberUnique(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Number is not { } number)
        {
            yield break;
        }

        var issuer = VietnameseText.Fold(plan.Issuer.Value);
        foreach (var other in context.Facts.Index.ByNumber(number.Value))
        {
            if (other != plan && VietnameseText.Fold(other.Issuer.Value) == issuer && other.IssueDate?.Value.Year == plan.IssueDate?.Value.Year)
            {
                yield return Hit(number.Location, new Subject("plan", plan.Id),
                    ("number", number.Value), ("issuer", plan.Issuer.Value), ("other", other.Id), ("otherFile", other.Location.File));
            }
        }
    }
}
