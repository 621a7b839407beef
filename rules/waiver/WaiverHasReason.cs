using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Waiver;

/// <summary>CE-W001: a waiver must say why.</summary>
[Name("CE-W001"), Tag("plan")]
internal sealed class WaiverHasReason(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var waiver in context.Plan.Waivers.Where(w => w.Reason is null))
        {
            yield return Hit(waiver.Location, new Subject("waiver", waiver.Subject is null ? waiver.Rule : $"{waiver.Rule}/{waiver.Subject}"),
                ("rule", waiver.Rule), ("subject", waiver.Subject ?? "*"));
        }
    }
}
