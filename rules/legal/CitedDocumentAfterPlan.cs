using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Legal;

/// <summary>CE-L010: a document cited by number was issued before the plan that cites it.</summary>
[Name("CE-L010"), Tag("legal")]
internal sealed class CitedDocumentAfterPlan(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        if (context.Facts.Catalog is not { } catalog || PlanDate.Of(plan) is not { } planDate)
        {
            yield break;
        }

        var own = PlanIndex.NumberKey(plan.Number?.Value);
        foreach (var citation in LegalCitations.Cited(plan).Where(LegalCitations.IsNumbered))
        {
            // A plan may give its own number in an appendix; an impossible date is CE-L006's.
            var match = catalog.Resolve(citation, plan);
            if ((own is not null && PlanIndex.NumberKey(citation.Number) == own) || match?.Document.PlanId == plan.Id)
            {
                continue;
            }

            var issued = match is { Document: var document } ? document.IssueDate.ToDate()
                : LegalCitations.DateImplausible(citation, plan, context.Facts.AsOf) ? null : citation.Date?.ToDate();
            if (issued is not { } day || !planDate.IsCertainlyBefore(day))
            {
                continue;
            }

            yield return Hit(citation.Location, LegalCitations.Subject(citation),
            [
                .. LegalCitations.Of(citation, context.Plan), ("issued", LegalDate.Format(day)),
                ("planDate", planDate.Exact ? LegalDate.Format(planDate.Date) : planDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]);
        }
    }
}
