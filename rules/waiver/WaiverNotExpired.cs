using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Waiver;

/// <summary>CE-W002: a waiver past its until date no longer holds.</summary>
[Name("CE-W002"), Tag("plan")]
internal sealed class WaiverNotExpired(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
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
