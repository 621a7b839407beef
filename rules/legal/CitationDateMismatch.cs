using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L003: the date of a citation is the date the catalogue gives the document.</summary>
[Name("CE-L003"), Tag("legal")]
internal sealed class CitationDateMismatch(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        var plan = context.Plan;

        // A wrong date of the parent plan itself is CE-C001's finding when the parent is loaded.
        var parentKey = PlanIndex.NumberKey(context.Facts.Index.ParentLink(plan)?.Parent.Number?.Value);
        foreach (var citation in LegalCitations.Cited(plan))
        {
            if (citation.Date is not { IsBlank: false } cited
                || catalog.Resolve(citation, plan) is not { Document: var document }
                || !document.IssueDate.IsComplete || document.IsUncertain("issue_date")
                || LegalCitations.Agrees(cited, document.IssueDate)
                || LegalCitations.DateImplausible(citation, plan, context.Facts.AsOf)
                || (parentKey is not null && PlanIndex.NumberKey(document.Symbol) == parentKey))
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation, context.Plan), .. LegalCitations.Of(document), ("cited", LegalDate.Format(cited))]);
        }
    }
}
