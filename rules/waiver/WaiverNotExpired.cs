using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Waiver;

/// <summary>CE-W002: a waiver past its until date no longer holds.</summary>
internal sealed class WaiverNotExpired : PlanRule
{
    public override string Id => "CE-W002";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
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
