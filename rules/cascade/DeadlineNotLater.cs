using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C003: a child task or report linked to a parent one is due no later than it (minus a margin).</summary>
[Name("CE-C003"), Tag("cascade")]
internal sealed class DeadlineNotLater(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        LinkFact link = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => link).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(link, run))));
    }

    private IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var margin = context.Parameters.GetInt("margin_days");
        var parent = context.Parent;
        var child = context.Child;
        var parentTimes = parent.Tasks.Where(t => t.Timeline is not null).Select(t => (Id: t.Id, What: "task", Time: t.Timeline!))
            .Concat(parent.Reports.Select(r => (Id: r.Id, What: "report", Time: r.Due)))
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var childTimes = child.Tasks.Where(t => t.Timeline is not null).Select(t => (t.Id, What: "task", Time: t.Timeline!, t.Implements))
            .Concat(child.Reports.Select(r => (r.Id, What: "report", Time: r.Due, r.Implements)));
        foreach (var (id, what, time, implements) in childTimes)
        {
            var mine = TimeExpressionParser.Parse(time.Value, child.ReferenceYear).Value;
            if (mine is null)
            {
                continue; // CE-T003 reports what cannot be read.
            }

            foreach (var link in implements)
            {
                if (!parentTimes.TryGetValue(link.Value, out var theirs))
                {
                    continue;
                }

                var due = TimeExpressionParser.Parse(theirs.Time.Value, parent.ReferenceYear).Value;

                // Slack is asked of real deadlines only: work "throughout the year" has no earlier finish to ask for.
                var slack = due?.Kind is TimeKind.ContinuousInYear ? 0 : margin;
                if (due is null || mine.End <= due.End.AddDays(-slack))
                {
                    continue;
                }

                var suggested = due.End.AddDays(-slack);
                yield return Hit(time.Location, new Subject(what, id),
                    ("what", "@subject-" + what), ("id", id), ("childRaw", time.Value), ("childEnd", mine.EndText),
                    ("parentWhat", "@subject-" + theirs.What), ("parentId", theirs.Id), ("parentRaw", theirs.Time.Value), ("parentEnd", due.EndText),
                    ("suggested", $"{suggested.Day}/{suggested.Month}/{suggested.Year}"));
            }
        }
    }
}
