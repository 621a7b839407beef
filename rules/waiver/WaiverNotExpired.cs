using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Waiver;

/// <summary>CE-W002: a waiver past its until date no longer holds.</summary>
[Name("CE-W002"), Tag("plan")]
internal sealed class WaiverNotExpired(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(plan, run))));
    }

    private IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var waiver in context.Plan.Waivers)
        {
            if (waiver.Until is { } until && until < context.Facts.AsOf)
            {
                yield return Hit(waiver.Location, new Subject("waiver", waiver.Subject is null ? waiver.Rule : $"{waiver.Rule}/{waiver.Subject}"),
                    ("rule", waiver.Rule), ("subject", waiver.Subject ?? "*"), ("until", $"{until.Day}/{until.Month}/{until.Year}"));
            }
        }
    }
}
