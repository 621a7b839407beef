using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>
/// CE-C011: a child indicator paired with a parent one in the link's trace (by <c>implements</c> link, or by what it
/// measures) is at least as ambitious, in the parent's direction: a higher floor for a rate that must rise, a lower
/// ceiling for one that must fall. A pairing by a measure only loosely alike is an inference and reported as a warning.
/// </summary>
[Name("CE-C011"), Tag("cascade")]
internal sealed class IndicatorAmbition(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    private const double SureMeasure = 0.8;

    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        foreach (var pair in RuleAssembly.TraceOf(context).Indicators)
        {
            var (parent, indicator) = (pair.Parent, pair.Child);
            var direction = parent.Direction != IndicatorDirection.Unspecified ? parent.Direction : indicator.Direction;
            var mine = IndicatorValue.Parse(indicator.Target, indicator.Unit);
            var theirs = IndicatorValue.Parse(parent.Target, parent.Unit);
            if (mine is null || theirs is null || Scale(indicator) != Scale(parent))
            {
                continue;
            }

            // For a range ("20-25%") the floor is what is promised when rising, the ceiling when falling.
            var weaker = direction switch
            {
                IndicatorDirection.Increase => mine.Low < theirs.Low - 1e-9,
                IndicatorDirection.Decrease => mine.High > theirs.High + 1e-9,
                _ => false,
            };
            if (!weaker)
            {
                continue;
            }

            (string, string?)[] args =
            [
                ("id", indicator.Id), ("name", indicator.Name), ("target", indicator.Target), ("parentTarget", parent.Target),
                ("parentId", parent.Id), ("parentName", parent.Name), ("parentLocation", parent.Location.ToString()),
                ("direction", direction == IndicatorDirection.Decrease ? "@direction-decrease" : "@direction-increase"),
                ("score", $"{Math.Round(pair.Score * 100):0}%"),
            ];
            yield return pair.Basis == PairBasis.Text && pair.Score < SureMeasure
                ? HitVariant("by-text", indicator.Location, new Subject("indicator", indicator.Id), args)
                : Hit(indicator.Location, new Subject("indicator", indicator.Id), args);
        }
    }

    // Values compare only in the same kind of unit: a percentage with a percentage, a ratio with a ratio, a count with a count.
    private static char Scale(Indicator indicator)
    {
        var text = (indicator.Target ?? string.Empty) + " " + (indicator.Unit ?? string.Empty);
        return text.Contains('%', StringComparison.Ordinal) ? '%' : text.Contains('/', StringComparison.Ordinal) ? '/' : 'n';
    }
}
