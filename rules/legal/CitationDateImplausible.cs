using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L006: a citation's date is a real day between 1945 and the year after the plan's (no catalogue needed).</summary>
[Name("CE-L006"), Tag("legal")]
internal sealed class CitationDateImplausible(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var citation in LegalCitations.Cited(plan))
        {
            if (!LegalCitations.DateImplausible(citation, plan, context.Facts.AsOf))
            {
                continue;
            }

            var args = LegalCitations.Of(citation, context.Plan).Concat([
                ("cited", LegalDate.Format(citation.Date!)),
                ("earliest", LegalCitations.EarliestYear.ToString(CultureInfo.InvariantCulture)),
                ("latest", LegalCitations.LatestYear(plan, context.Facts.AsOf).ToString(CultureInfo.InvariantCulture))]);
            yield return context.Facts.Catalog?.Resolve(citation, plan) is { Document: var document }
                ? HitVariant("known", citation.Location, LegalCitations.Subject(citation), [.. args, .. LegalCitations.Of(document)])
                : Hit(citation.Location, LegalCitations.Subject(citation), [.. args]);
        }
    }
}
