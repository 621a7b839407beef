using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L011: a programme, strategy or Đề án whose period (certain in the catalogue) ended before the plan's years is
/// cited as what the plan carries out. CE-L008 keeps the uncertain and the not-yet-started cases as warnings.
/// </summary>
[Name("CE-L011"), Tag("legal")]
internal sealed class CitedProgrammeEnded(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    /// <summary>True when <paramref name="document"/>'s certain period ended before <paramref name="planYears"/> began.</summary>
    public static bool HasEnded(LegalDocument document, YearPeriod planYears) =>
        document.Period is { } period && !document.IsUncertain("period") && period.To < planYears.From;

    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (context.Facts.Catalog is not { } catalog || PlanDate.Of(plan) is not { } planDate)
        {
            yield break;
        }

        var planYears = plan.Period?.Value ?? new YearPeriod(planDate.Year, planDate.Year);
        foreach (var citation in LegalCitations.Cited(plan))
        {
            // A wrong period written in a name is CE-L008's; a replaced document is CE-L007's, with its replacement.
            if (catalog.Resolve(citation, plan) is not { Document: { Period: { } period } document } match
                || match.Kind == MatchKind.NamePeriodDiffers
                || !HasEnded(document, planYears)
                || !catalog.Validity(document, planDate.Date).InForce)
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation, plan), .. LegalCitations.Of(document), ("period", period.ToString()), ("planYear", planYears.ToString())]);
        }
    }
}
