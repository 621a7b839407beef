using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>
/// CE-C006: no two loaded plans of the same issuer carry the same number in one year. One finding per group of plans
/// sharing a number, on the first of them (by id), naming the others — not one per pair, which grows with the square
/// of the copies (a thousand copies of a template made 999,000 findings).
/// </summary>
[Name("CE-C006"), Tag("cascade")]
internal sealed class NumberUnique(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    // The others named in the message; the count gives the rest.
    private const int Named = 5;

    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Number is not { } number)
        {
            yield break;
        }

        var issuer = VietnameseText.Fold(plan.Issuer.Value);
        var others = new List<Core.Model.Plan>();
        foreach (var other in context.Facts.Index.ByNumber(number.Value))
        {
            if (other != plan && other.IssueDate?.Value.Year == plan.IssueDate?.Value.Year && VietnameseText.Fold(other.Issuer.Value) == issuer)
            {
                if (string.CompareOrdinal(other.Id, plan.Id) < 0)
                {
                    yield break; // the group's finding is on its first plan
                }

                others.Add(other);
            }
        }

        if (others.Count == 0)
        {
            yield break;
        }

        others.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var named = string.Join(", ", others.Take(Named).Select(o => $"{o.Id} ({o.Location.File})"));
        yield return Hit(number.Location, new Subject("plan", plan.Id),
            ("number", number.Value), ("issuer", plan.Issuer.Value), ("count", others.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("others", others.Count > Named ? named + ", …" : named));
    }
}
