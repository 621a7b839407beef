using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C011: a child indicator linked to a parent one is at least as ambitious, in the parent's direction.</summary>
[Name("CE-C011"), Tag("cascade")]
internal sealed class IndicatorAmbition(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        LinkFact link = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => link).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(link, run))));
    }

    private IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var parents = context.Parent.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var indicator in context.Child.Indicators)
        {
            foreach (var link in indicator.Implements)
            {
                if (!parents.TryGetValue(link.Value, out var parent))
                {
                    continue;
                }

                var direction = parent.Direction != IndicatorDirection.Unspecified ? parent.Direction : indicator.Direction;
                var mine = IndicatorValue.Parse(indicator.Target, indicator.Unit);
                var theirs = IndicatorValue.Parse(parent.Target, parent.Unit);
                if (mine is null || theirs is null)
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
                if (weaker)
                {
                    yield return Hit(indicator.Location, new Subject("indicator", indicator.Id),
                        ("id", indicator.Id), ("name", indicator.Name), ("target", indicator.Target), ("parentTarget", parent.Target),
                        ("parentId", parent.Id), ("direction", direction == IndicatorDirection.Decrease ? "@direction-decrease" : "@direction-increase"));
                }
            }
        }
    }
}
