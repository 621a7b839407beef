using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L002: a document cited by number is in the catalogue (or is a plan of the run); the nearest known symbols are suggested.</summary>
[Name("CE-L002"), Tag("legal")]
internal sealed class CitedDocumentUnknown(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        // The parent cited with a slip in its number is CE-C001's finding (one defect, one finding).
        var slip = context.Facts.Index.ParentLink(context.Plan) is { Basis: Core.Cascade.LinkBasis.NearMiss, CitedAs: { } cited } ? cited : null;
        foreach (var citation in LegalCitations.Cited(context.Plan))
        {
            if (slip is not null && citation.Location == slip.Location)
            {
                continue;
            }

            // A malformed symbol is CE-L005's; a citation by name only cannot be looked up reliably and is left alone.
            if (!LegalCitations.IsNumbered(citation) || DocumentSymbol.Classify(citation.Number) == SymbolShape.Malformed
                || catalog.Resolve(citation, context.Plan) is not null)
            {
                continue;
            }

            var nearest = catalog.Nearest(citation.Number!, context.Plan);
            if (nearest.Count == 0)
            {
                yield return Hit(citation.Location, LegalCitations.Subject(citation), LegalCitations.Of(citation, context.Plan));
                continue;
            }

            var suggestions = string.Join("; ", nearest.Select(d => $"{d.Symbol} ({LegalDate.Format(d.IssueDate)}, {d.Issuer})"));
            yield return HitVariant("nearest", citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation, context.Plan), .. LegalCitations.Of(nearest[0]), ("suggestions", suggestions)]);
        }
    }
}
