using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing.Grammar;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>CE-T002: every task says when — in a timeline of its own or a dated phrase or period anywhere in its text.</summary>
[Name("CE-T002"), Tag("task")]
internal sealed class TaskHasTimeline(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var year = context.Plan.ReferenceYear?.ToString(CultureInfo.InvariantCulture) ?? "…";
        foreach (var task in context.Plan.Tasks.Where(t => TaskHasLeadUnit.IsChecked(t, context.Plan.Tasks)))
        {
            // A day and month alone in the wording ("nhân ngày 8/3") names an occasion; a dated phrase says when.
            if (string.IsNullOrWhiteSpace(task.Timeline?.Value) && !TimePhrases.Find(string.Join(" ", [task.Title, .. task.Details])).Any(p => !p.Bare))
            {
                yield return Hit(task.Location, new Subject("task", task.Id), ("task", task.Id), ("title", TaskHasLeadUnit.Shorten(task.Title)), ("year", year));
            }
        }
    }
}
