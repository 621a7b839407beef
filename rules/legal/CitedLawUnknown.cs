using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L012: a law cited by name only ("Luật …", with or without its year) has a name that no law of the catalogue
/// has. A warning: the catalogue holds the laws of the field, not every law.
/// </summary>
[Name("CE-L012"), Tag("legal")]
internal sealed class CitedLawUnknown(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog)
        {
            yield break;
        }

        foreach (var citation in LegalCitations.Cited(context.Plan))
        {
            if (citation.Type != "Luật" || LegalCitations.IsNumbered(citation) || string.IsNullOrWhiteSpace(citation.Title)
                || catalog.Resolve(citation, context.Plan) is not null)
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation), [.. LegalCitations.Of(citation, context.Plan), ("name", citation.Title)]);
        }
    }
}
