using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L004: the issuer of a citation names the body that issued the document: its official name, an alias, or a
/// relative form ("UBND tỉnh") inside the document's own province.
/// </summary>
[Name("CE-L004"), Tag("legal")]
internal sealed class CitationIssuerMismatch(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        foreach (var citation in LegalCitations.Cited(context.Plan))
        {
            if (string.IsNullOrWhiteSpace(citation.Issuer)
                || catalog.Resolve(citation, context.Plan) is not { Document: var document } match
                || match.Kind == MatchKind.KindSlip
                || document.IsUncertain("issuer")
                || catalog.AcceptsIssuer(document, citation.Issuer, context.Plan))
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation, context.Plan), .. LegalCitations.Of(document), ("cited", citation.Issuer)]);
        }
    }
}
