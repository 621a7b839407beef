using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L008: a cited programme, strategy or plan covers the plan's year, and a programme cited by name carries its own
/// period ("giai đoạn 2012-2020" for the 2016-2020 programme is a different, non-existent one). A phase of the period
/// ("giai đoạn 2026-2030" of the 2021-2030 strategy) is accepted.
/// </summary>
[Name("CE-L008"), Tag("legal")]
internal sealed class CitedPeriodMismatch(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        var plan = context.Plan;
        var planDate = PlanDate.Of(plan);
        var planYears = plan.Period?.Value ?? (planDate is null ? null : new YearPeriod(planDate.Year, planDate.Year));
        foreach (var citation in LegalCitations.Cited(plan))
        {
            if (catalog.Resolve(citation, plan) is not { Document: { Period: { } period } document } match || document.IsUncertain("period"))
            {
                continue;
            }

            var args = LegalCitations.Of(citation, context.Plan).Concat(LegalCitations.Of(document)).Append(("period", period.ToString()));
            if (match is { Kind: MatchKind.NamePeriodDiffers, CitedPeriod: { } cited })
            {
                yield return HitVariant("differs", citation.Location, LegalCitations.Subject(citation),
                    [.. args, ("cited", cited.ToString()), ("corrected", LegalNames.ReplacePeriod(citation.Raw, cited, period))]);
                continue;
            }

            // A document no longer in force is CE-L007's finding, with its replacement; a programme whose certain
            // period ended before the plan's years is CE-L011's error.
            if (planDate is null || planYears is null || !catalog.Validity(document, planDate.Date).InForce
                || (period.From <= planYears.To && planYears.From <= period.To)
                || CitedProgrammeEnded.HasEnded(document, planYears))
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
                [.. args, ("planYear", planYears.ToString())]);
        }
    }
}
