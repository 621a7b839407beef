using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C002: every parent task that applies to the child is implemented by one of its tasks or reports.</summary>
internal sealed class ParentTaskCovered : CascadeRule
{
    public override string Id => "CE-C002";

    public override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var child = context.Child;
        var implemented = child.Tasks.SelectMany(t => t.Implements)
            .Concat(child.Reports.SelectMany(r => r.Implements))
            .Concat(child.Indicators.SelectMany(i => i.Implements))
            .Select(l => l.Value)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var task in context.Parent.Tasks)
        {
            var (applies, reason, matched) = Applicability.Decide(task, child);
            if (!applies || implemented.Contains(task.Id))
            {
                continue;
            }

            var why = reason switch
            {
                ApplicabilityReason.AddressedToAll => "@why-all",
                _ => matched,
            };
            yield return Hit(child.Parent?.Location ?? child.Location, new Subject("parent-task", task.Id),
                ("parentTask", task.Id), ("parentTitle", Task.TaskHasLeadUnit.Shorten(task.Title)), ("parentNumber", context.Parent.Number?.Value ?? context.Parent.Id),
                ("parentLocation", task.Location.ToString()), ("why", why));
        }
    }
}
