using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>
/// CE-T001: every task names who leads it (its own lead unit, or the unit it is assigned to). Requests to bodies outside
/// the issuer's authority, duties of the issuer's own offices and group headings over sub-tasks are not asked.
/// </summary>
[Name("CE-T001"), Tag("task")]
internal sealed class TaskHasLeadUnit(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var task in context.Plan.Tasks.Where(t => IsChecked(t, context.Plan.Tasks)))
        {
            if (task.EffectiveLeadUnit is null && task.AssignedTo.Count == 0)
            {
                yield return Hit(task.Location, new Subject("task", task.Id), ("task", task.Id), ("title", Shorten(task.Title)));
            }
        }
    }

    /// <summary>True for a task the task rules check: not a request, not an internal duty, not a group over sub-tasks.</summary>
    internal static bool IsChecked(PlanTask task, IReadOnlyList<PlanTask> all) =>
        task.Kind is not (TaskKind.Request or TaskKind.Internal)
        && !all.Any(t => t.Id.StartsWith(task.Id + ".", StringComparison.Ordinal) || t.Id.StartsWith(task.Id + "#", StringComparison.Ordinal));

    internal static string Shorten(string text) => text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87), "…");
}
