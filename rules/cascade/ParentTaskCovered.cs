using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>
/// CE-C002: every parent task that applies to the child (by the unit directory) is covered by it — by an explicit
/// <c>implements</c> link, or, when the child has no links at all (an imported document), by text matching.
/// </summary>
[Name("CE-C002"), Tag("cascade")]
internal sealed class ParentTaskCovered(RuleParameters parameters) : ComplianceRule(parameters)
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
        var child = context.Child;
        var identity = (context.Facts.Units ?? RuleAssembly.Units).Identify(child);
        var options = new CoverageOptions { CoverThreshold = context.Parameters.GetNumber("cover_threshold") };
        var index = RuleAssembly.CoverageMatcher.Index(child, options);
        var titles = child.Tasks.Select(t => (t.Id, t.Title)).Concat(child.Reports.Select(r => (r.Id, r.Title)))
            .GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);

        foreach (var task in context.Parent.Tasks)
        {
            var applicability = Applicability.Decide(task, identity, (context.Facts.Units ?? RuleAssembly.Units));
            if (!applicability.Applies)
            {
                continue;
            }

            var coverage = RuleAssembly.CoverageMatcher.Decide(task, index, options);
            if (coverage.Covered)
            {
                continue;
            }

            var best = coverage.BestMatch is { } id
                ? $"{coverage.MatchesText} “{Task.TaskHasLeadUnit.Shorten(Short(titles.GetValueOrDefault(id) ?? string.Empty))}”"
                : coverage.MatchesText;
            yield return Hit(child.Parent?.Location ?? child.Location, new Subject("parent-task", task.Id),
            [
                ("parentTask", task.Id), ("parentTitle", Task.TaskHasLeadUnit.Shorten(task.Title)), ("parentNumber", context.Parent.Number?.Value ?? context.Parent.Id),
                ("parentLocation", task.Location.ToString()),
                .. applicability.Args.Select(a => (a.Name, (string?)a.Value)),
                ("method", coverage.Method == CoverageMethod.ExplicitLink ? "@coverage-by-link" : "@coverage-by-text"),
                ("score", coverage.ScoreText), ("bestMatch", best),
            ]);
        }
    }

    private static string Short(string title) => title.Length <= 60 ? title : string.Concat(title.AsSpan(0, 59), "…");
}
