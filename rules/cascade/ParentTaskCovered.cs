using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>
/// CE-C002: every parent task that applies to the child is covered by it — by an explicit <c>implements</c> link, or, when
/// the child has no links at all (an imported document), by text matching. Reads the link's trace. Severity follows
/// certainty: a missing link, or a task assigned to the child with nothing in the child close to it, is an error; a gap
/// judged by text alone, or on a task whose assignee the parent never names, is a warning that says why.
/// </summary>
[Name("CE-C002"), Tag("cascade")]
internal sealed class ParentTaskCovered(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var child = context.Child;
        var trace = RuleAssembly.TraceOf(context);
        var threshold = context.Parameters.GetNumber("cover_threshold");
        var titles = child.Tasks.Select(t => (t.Id, t.Title)).Concat(child.Reports.Select(r => (r.Id, r.Title)))
            .GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);

        foreach (var cell in trace.Tasks)
        {
            if (!cell.Applies || cell.Covered || cell.Coverage is not { } coverage)
            {
                continue;
            }

            var task = cell.ParentTask;
            var best = coverage.BestMatch is { } id
                ? $"{coverage.MatchesText} “{Task.TaskHasLeadUnit.Shorten(Short(titles.GetValueOrDefault(id) ?? string.Empty))}”"
                : coverage.MatchesText;
            var variant = cell.Applicability.Reason == ApplicabilityReason.Undetermined ? "undetermined"
                : coverage.Method == CoverageMethod.ExplicitLink || coverage.Score < threshold / 2 ? null
                : "by-text";
            (string, string?)[] args =
            [
                ("parentTask", task.Id), ("parentTitle", Task.TaskHasLeadUnit.Shorten(task.Title)), ("parentNumber", context.Parent.Number?.Value ?? context.Parent.Id),
                ("parentLocation", task.Location.ToString()),
                .. cell.Applicability.Args.Select(a => (a.Name, (string?)a.Value)),
                ("method", coverage.Method == CoverageMethod.ExplicitLink ? "@coverage-by-link" : "@coverage-by-text"),
                ("score", coverage.ScoreText), ("bestMatch", best),
                ("threshold", $"{Math.Round(threshold * 100):0}%"),
            ];
            var at = child.Parent?.Location ?? child.Location;
            yield return variant is null
                ? Hit(at, new Subject("parent-task", task.Id), args)
                : HitVariant(variant, at, new Subject("parent-task", task.Id), args);
        }
    }

    private static string Short(string title) => title.Length <= 60 ? title : string.Concat(title.AsSpan(0, 59), "…");
}
