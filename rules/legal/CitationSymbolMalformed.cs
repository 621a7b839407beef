using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L005: a cited symbol is written in its official form: a known misspelling or a slip of separators
/// (<c>21/CT-TW</c> for <c>21-CT/TW</c>) is named with the right form; an unknown symbol must at least have a legal shape.
/// </summary>
[Name("CE-L005"), Tag("legal")]
internal sealed class CitationSymbolMalformed(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        foreach (var citation in LegalCitations.Cited(context.Plan).Where(LegalCitations.IsNumbered))
        {
            var match = catalog.Resolve(citation, context.Plan);
            if (match is { SymbolWrittenWrong: true } && !match.Document.IsUncertain("symbol"))
            {
                (string, string?)[] args = [.. LegalCitations.Of(citation, context.Plan), .. LegalCitations.Of(match.Document)];
                yield return match.Kind switch
                {
                    MatchKind.YearSlip => HitVariant("year", citation.Location, LegalCitations.Subject(citation), args),
                    MatchKind.KindSlip => HitVariant("kind", citation.Location, LegalCitations.Subject(citation), [.. args, ("citedType", citation.Type)]),
                    _ => Hit(citation.Location, LegalCitations.Subject(citation), args),
                };
            }
            else if (match is null && DocumentSymbol.Classify(citation.Number) == SymbolShape.Malformed)
            {
                yield return HitVariant("shape", citation.Location, LegalCitations.Subject(citation), LegalCitations.Of(citation, context.Plan));
            }
        }
    }
}
