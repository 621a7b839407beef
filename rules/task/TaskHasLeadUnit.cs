using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T001: every task names who leads it (its own lead unit, or the unit it is assigned to).</summary>
internal sealed class TaskHasLeadUnit : PlanRule
{
    public override string Id => "CE-T001";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var task in context.Plan.Tasks)
        {
            if (task.EffectiveLeadUnit is null && task.AssignedTo.Count == 0)
            {
                yield return Hit(task.Location, new Subject("task", task.Id), ("task", task.Id), ("title", Shorten(task.Title)));
            }
        }
    }

    internal static string Shorten(string text) => text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87), "…");
}
