using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L007: a cited document is in force at the plan's date: not expired, not replaced (the replacement is named).</summary>
[Name("CE-L007"), Tag("legal")]
internal sealed class CitedDocumentNotInForce(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog || PlanDate.Of(context.Plan) is not { } planDate)
        {
            yield break;
        }

        foreach (var citation in LegalCitations.Cited(context.Plan))
        {
            // A citation whose date is not the document's may mean another document: CE-L003 names the mismatch instead.
            if (catalog.Resolve(citation, context.Plan) is not { Document: var document }
                || (citation.Date is { IsBlank: false } cited && document.IssueDate.IsComplete && !LegalCitations.Agrees(cited, document.IssueDate))
                || catalog.Validity(document, planDate.Date) is not { InForce: false } validity)
            {
                continue;
            }

            var args = LegalCitations.Of(citation, context.Plan).Concat(LegalCitations.Of(document)).Append(("planYear", planDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            yield return validity.Replacement is { } replacement
                ? Hit(citation.Location, LegalCitations.Subject(citation), [.. args, .. LegalCitations.Of(replacement, "r")])
                : HitVariant("expired", citation.Location, LegalCitations.Subject(citation),
                    [.. args, ("until", document.ValidUntil is { } until ? LegalDate.Format(until) : string.Empty)]);
        }
    }
}
