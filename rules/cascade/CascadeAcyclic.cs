using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C007: following parent links never returns to the start.</summary>
[Name("CE-C007"), Tag("cascade")]
internal sealed class CascadeAcyclic(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var start = context.Plan;
        var chain = new List<string> { start.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var current = context.Facts.Index.ParentLink(start)?.Parent;
        while (current is not null)
        {
            chain.Add(current.Id);
            if (current == start)
            {
                yield return Hit(start.Parent?.Location ?? start.Location, new Subject("plan", start.Id), ("chain", string.Join(" → ", chain)));
                yield break;
            }

            if (!seen.Add(current.Id))
            {
                yield break; // A cycle further up, reported on the plans that are in it.
            }

            current = context.Facts.Index.ParentLink(current)?.Parent;
        }
    }
}
