using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C001: the child's legal bases cite its parent with the right number and date.</summary>
[Name("CE-C001"), Tag("cascade")]
internal sealed class ParentCited(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var parent = context.Parent;
        var child = context.Child;
        var parentKey = PlanIndex.NumberKey(parent.Number?.Value);
        if (parentKey is null)
        {
            yield break; // A parent without a number (a draft) cannot be cited by number.
        }

        var args = new (string, string?)[]
        {
            ("parentNumber", parent.Number!.Value), ("parentDate", parent.IssueDate?.Value.ToVietnamese()), ("parentIssuer", parent.Issuer.Value),
            ("parentType", parent.DocumentType ?? "Kế hoạch"),
        };

        if (child.Parent?.Number is { } declared && PlanIndex.NumberKey(declared) != parentKey)
        {
            yield return HitVariant("wrong-number", child.Parent.Location, new Subject("citation", declared), [.. args, ("declared", declared)]);
            yield break;
        }

        if (context.Link is { Basis: LinkBasis.NearMiss, CitedAs: { } slip })
        {
            yield return HitVariant("wrong-number", slip.Location, new Subject("citation", slip.Number ?? slip.Raw), [.. args, ("declared", slip.Number)]);
            yield break;
        }

        var citing = child.LegalBases.Where(c => PlanIndex.NumberKey(c.Number) == parentKey).ToList();
        if (citing.Count == 0)
        {
            yield return Hit(child.Parent?.Location ?? child.Location, new Subject("citation", parent.Number.Value), args);
            yield break;
        }

        var parentDate = parent.IssueDate?.Value;
        if (parentDate is null || !parentDate.IsComplete)
        {
            yield break;
        }

        foreach (var citation in citing.Where(c => c.Date is not null && c.Date != parentDate))
        {
            yield return HitVariant("wrong-date", citation.Location, new Subject("citation", citation.Number!),
                [.. args, ("cited", citation.Raw), ("citedDate", citation.Date!.ToVietnamese())]);
        }
    }
}
