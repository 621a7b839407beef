using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Text;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L002: a document cited by number is in the catalogue (or is a plan of the run); the nearest known symbols are suggested.</summary>
[Name("CE-L002"), Tag("legal")]
internal sealed class CitedDocumentUnknown(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(plan, run))));
    }

    private IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        foreach (var citation in context.Plan.AllCitations)
        {
            // A malformed symbol is CE-L005's; a citation by name only cannot be looked up reliably and is left alone.
            if (!LegalCitations.IsNumbered(citation) || DocumentSymbol.Classify(citation.Number) == SymbolShape.Malformed
                || catalog.Resolve(citation, context.Plan) is not null)
            {
                continue;
            }

            var nearest = catalog.Nearest(citation.Number!, context.Plan);
            if (nearest.Count == 0)
            {
                yield return Hit(citation.Location, LegalCitations.Subject(citation), LegalCitations.Of(citation));
                continue;
            }

            var suggestions = string.Join("; ", nearest.Select(d => $"{d.Symbol} ({LegalDate.Format(d.IssueDate)}, {d.Issuer})"));
            yield return HitVariant("nearest", citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation), .. LegalCitations.Of(nearest[0]), ("suggestions", suggestions)]);
        }
    }
}
