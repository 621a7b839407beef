using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Waiver;

/// <summary>CE-W001: a waiver must say why.</summary>
internal sealed class WaiverHasReason : PlanRule
{
    public override string Id => "CE-W001";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var waiver in context.Plan.Waivers.Where(w => w.Reason is null))
        {
            yield return Hit(waiver.Location, new Subject("waiver", waiver.Subject is null ? waiver.Rule : $"{waiver.Rule}/{waiver.Subject}"),
                ("rule", waiver.Rule), ("subject", waiver.Subject ?? "*"));
        }
    }
}
