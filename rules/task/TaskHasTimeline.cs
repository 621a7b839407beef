using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing.Grammar;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T002: every task says when — in a timeline of its own or a date or period anywhere in its text.</summary>
internal sealed class TaskHasTimeline : PlanRule
{
    public override string Id => "CE-T002";

    public override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var year = context.Plan.ReferenceYear?.ToString(CultureInfo.InvariantCulture) ?? "…";
        foreach (var task in context.Plan.Tasks.Where(t => TaskHasLeadUnit.IsChecked(t, context.Plan.Tasks)))
        {
            if (string.IsNullOrWhiteSpace(task.Timeline?.Value) && !TimePhrases.Any(string.Join(" ", [task.Title, .. task.Details])))
            {
                yield return Hit(task.Location, new Subject("task", task.Id), ("task", task.Id), ("title", TaskHasLeadUnit.Shorten(task.Title)), ("year", year));
            }
        }
    }
}
