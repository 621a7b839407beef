using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L006: a citation's date is a real day between 1945 and the year after the plan's (no catalogue needed).</summary>
internal sealed class CitationDateImplausible : PlanRule
{
    public override string Id => "CE-L006";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
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
