using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>
/// CE-L013: a legal basis ("Căn cứ …") that was adopted before the plan but takes effect after it. A document named
/// in a task, to be introduced from its effective date, is not a basis and stays silent.
/// </summary>
[Name("CE-L013"), Tag("legal")]
internal sealed class CitedDocumentNotYetInForce(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        if (context.Facts.Catalog is not { } catalog || PlanDate.Of(context.Plan) is not { Exact: true } planDate)
        {
            yield break;
        }

        foreach (var citation in LegalCitations.Cited(context.Plan).Where(c => c.IsLegalBasis))
        {
            if (catalog.Resolve(citation, context.Plan) is not { Document: { EffectiveDate: { } effective } document }
                || document.IsUncertain("effective_date") || effective <= planDate.Date
                || document.IssueDate.ToDate() is not { } issued || issued > planDate.Date)
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
                [.. LegalCitations.Of(citation, context.Plan), .. LegalCitations.Of(document), ("effective", LegalDate.Format(effective)), ("planDate", LegalDate.Format(planDate.Date))]);
        }
    }
}
