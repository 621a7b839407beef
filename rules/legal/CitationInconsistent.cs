using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L009: a document cited several times in one plan is cited with the same date (and, when the catalogue does not
/// know it, the same issuer). The finding is on the later citation and names the earlier one's line.
/// </summary>
[Name("CE-L009"), Tag("legal")]
internal sealed class CitationInconsistent(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        var seen = new Dictionary<string, List<Citation>>(StringComparer.Ordinal);
        foreach (var citation in LegalCitations.Others(context.Plan))
        {
            var match = catalog.Resolve(citation, context.Plan);
            var key = match is { Document: var d } ? $"doc {PlanIndex.NumberKey(d.Symbol)} {d.Scope} {d.PlanId}"
                : PlanIndex.NumberKey(citation.Number) is { } number ? $"number {number}" : null;
            if (key is null)
            {
                continue;
            }

            var earlier = seen.TryGetValue(key, out var list) ? list : seen[key] = [];
            if (Conflict(citation, earlier, match, catalog, context.Plan) is { } hit)
            {
                yield return hit;
            }

            earlier.Add(citation);
        }
    }

    private RuleHit? Conflict(Citation citation, List<Citation> earlier, CitationMatch? match, LegalCatalog catalog, Core.Model.Plan plan)
    {
        var symbol = match?.Document.Symbol ?? citation.Number ?? string.Empty;
        if (citation.Date is { IsBlank: false } date && earlier.FirstOrDefault(e => e.Date is { IsBlank: false }) is { } dated
            && !(LegalCitations.Agrees(date, dated.Date!) || LegalCitations.Agrees(dated.Date!, date)))
        {
            (string, string?)[] args = [.. LegalCitations.Of(citation), ("date", LegalDate.Format(date)),
                ("firstLine", LegalCitations.Line(dated)), ("firstDate", LegalDate.Format(dated.Date!))];
            return match is { Document: var document }
                ? HitVariant("date-known", citation.Location, LegalCitations.Subject(citation), [.. args, .. LegalCitations.Of(document)])
                : Hit(citation.Location, LegalCitations.Subject(citation), [.. args, ("symbol", symbol)]);
        }

        // For a document the catalogue knows, a wrong issuer is CE-L004's finding; only unknown ones are compared here.
        if (match is null && citation.Issuer is { Length: > 0 } issuer && earlier.FirstOrDefault(e => e.Issuer is { Length: > 0 }) is { } issued
            && !SameIssuer(catalog.Key(issuer), catalog.Key(issued.Issuer!)))
        {
            return HitVariant("issuer", citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation), ("symbol", symbol), ("issuer", issuer), ("firstLine", LegalCitations.Line(issued)), ("firstIssuer", issued.Issuer)]);
        }

        return null;
    }

    // "UBND tỉnh" and "Ủy ban nhân dân tỉnh Kon Tum" are the same body written shorter.
    private static bool SameIssuer(string a, string b) =>
        $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal);
}
