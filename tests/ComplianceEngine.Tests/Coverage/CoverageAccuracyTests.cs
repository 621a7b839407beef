using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Cascade;
using ComplianceEngine.Tests.Support;
using Xunit.Abstractions;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>
/// Precision and recall of text coverage (CE-C002 on plans without links) over the labelled pairs of fixtures/coverage.
/// <c>dotnet test --filter CoverageAccuracy</c>; with <c>COVERAGE_ACCURACY_DOC=1</c> it also rewrites docs/coverage-accuracy.md.
/// </summary>
public sealed class CoverageAccuracyTests(ITestOutputHelper output)
{
    private const string DocVariable = "COVERAGE_ACCURACY_DOC";

    /// <summary>The threshold CE-C002 runs with: its descriptor's <c>cover_threshold</c>.</summary>
    private static double Threshold => double.Parse(RuleAssembly.Catalog["CE-C002"].Parameters["cover_threshold"], CultureInfo.InvariantCulture);

    [Fact]
    public void LabelledSet_IsLargeAndBalanced()
    {
        var pairs = CoveragePairSet.All;
        var covered = pairs.Count(p => p.Covered);

        Assert.True(pairs.Count >= 150, $"{pairs.Count} pairs");
        Assert.InRange((double)covered / pairs.Count, 0.4, 0.6);
        Assert.True(pairs.Count(p => p.IsFresh) >= 20, "fresh pairs");
        Assert.Equal(pairs.Count, pairs.Select(p => (p.File, p.ParentTask.Id, p.Child.Id)).Distinct().Count());
    }

    [Fact]
    public void PrecisionAndRecall_AtLeast90PercentOnAllPairs()
    {
        var run = LazyRun.Value;
        output.WriteLine(Report.Markdown(run, Sweep()));

        Assert.True(run.All.Precision >= 0.9, $"precision {run.All.Precision:P1} on all pairs");
        Assert.True(run.All.Recall >= 0.9, $"recall {run.All.Recall:P1} on all pairs");
    }

    [Fact]
    public void Document_IsCurrent()
    {
        // The figures in the doc are the ones the code gives; rerun with COVERAGE_ACCURACY_DOC=1 after a change.
        var path = Repo.Path("docs", "coverage-accuracy.md");
        if (Environment.GetEnvironmentVariable(DocVariable) == "1")
        {
            File.WriteAllText(path, Report.Markdown(LazyRun.Value, Sweep()), new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), "docs/coverage-accuracy.md is missing: run dotnet test --filter CoverageAccuracy with COVERAGE_ACCURACY_DOC=1");
        Assert.Equal(Report.Markdown(LazyRun.Value, Sweep()), File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    private static readonly Lazy<AccuracyRun> LazyRun = new(() => Run(Threshold));

    /// <summary>The matcher's decisions on every labelled pair, at <paramref name="threshold"/>.</summary>
    internal static AccuracyRun Run(double threshold)
    {
        var matcher = ComplianceEngine.Rules.RuleAssembly.CoverageMatcher;
        var options = new CoverageOptions { CoverThreshold = threshold };
        var indexes = new Dictionary<Plan, ChildPlanIndex>(ReferenceEqualityComparer.Instance);
        var decided = new List<(CoveragePair Pair, CoverageDecision Decision)>();
        foreach (var pair in CoveragePairSet.All)
        {
            if (!indexes.TryGetValue(pair.Child, out var index))
            {
                indexes[pair.Child] = index = matcher.Index(pair.Child, options);
            }

            decided.Add((pair, matcher.DecideByText(pair.ParentTask, index, options)));
        }

        return new AccuracyRun(threshold, decided);
    }

    // Thresholds tried on the tuning half only; the held-out half and the whole set are reported, not tuned on.
    // The score does not depend on the threshold, so one run is re-thresholded.
    internal static IReadOnlyList<(double Threshold, Counts Tuning)> Sweep() =>
        Enumerable.Range(0, 21).Select(i => Math.Round(0.3 + (i * 0.025), 3)).Select(t => (t, LazyRun.Value.At(t).Tuning)).ToList();
}

/// <summary>Confusion counts and the figures drawn from them.</summary>
internal sealed record Counts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public int Total => TruePositive + FalsePositive + FalseNegative + TrueNegative;

    public double Precision => TruePositive + FalsePositive == 0 ? 1 : (double)TruePositive / (TruePositive + FalsePositive);

    public double Recall => TruePositive + FalseNegative == 0 ? 1 : (double)TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Counts Of(IEnumerable<(CoveragePair Pair, CoverageDecision Decision)> decided)
    {
        var list = decided.ToList();
        return new Counts(
            list.Count(d => d.Pair.Covered && d.Decision.Covered),
            list.Count(d => !d.Pair.Covered && d.Decision.Covered),
            list.Count(d => d.Pair.Covered && !d.Decision.Covered),
            list.Count(d => !d.Pair.Covered && !d.Decision.Covered));
    }
}

/// <summary>The decisions on every pair at one threshold.</summary>
internal sealed record AccuracyRun(double Threshold, IReadOnlyList<(CoveragePair Pair, CoverageDecision Decision)> Decided)
{
    public Counts All => Counts.Of(Decided);

    public Counts Tuning => Counts.Of(Decided.Where(d => d.Pair.IsTuning));

    public Counts HeldOut => Counts.Of(Decided.Where(d => d.Pair.IsHeldOut));

    public Counts Fresh => Counts.Of(Decided.Where(d => d.Pair.IsFresh));

    /// <summary>The same decisions at another threshold (a score at or above it, with a match, is covered).</summary>
    public AccuracyRun At(double threshold) =>
        new(threshold, Decided.Select(d => (d.Pair, d.Decision with { Covered = d.Decision.Score >= threshold && d.Decision.BestMatch is not null })).ToList());
}

/// <summary>docs/coverage-accuracy.md: deterministic, no dates.</summary>
internal static class Report
{
    public static string Markdown(AccuracyRun run, IReadOnlyList<(double Threshold, Counts Tuning)> sweep)
    {
        static string P(double v) => v.ToString("0.0%", CultureInfo.InvariantCulture);
        static string N(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        sb.Append("# Accuracy of text coverage (CE-C002 on plans without links)\n\n");
        sb.Append("Generated by `CoverageAccuracyTests`; do not edit by hand. To recompute and rewrite this file:\n\n");
        sb.Append("```\nCOVERAGE_ACCURACY_DOC=1 dotnet test tests/ComplianceEngine.Tests --filter CoverageAccuracy\n```\n\n");
        sb.Append("Without the variable the same command prints the figures and checks that this file is current.\n\n");
        var pairs = run.Decided.Select(d => d.Pair).ToList();
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"**Labelled set**: {pairs.Count} (parent task, child plan) pairs in `fixtures/coverage/` ({pairs.Count(p => p.Covered)} covered, {pairs.Count(p => !p.Covered)} not), "));
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"{pairs.Select(p => p.File).Distinct().Count()} files, {pairs.Select(p => (p.File, p.Child.Id)).Distinct().Count()} child plans; labelling rules in `fixtures/coverage/README.md`. "));
        sb.Append("Pairs with an even index in their file form the **tuning half**, on which `cover_threshold` and the weights in `CoverageOptions` were chosen; ");
        sb.Append("the odd ones are **held out** from that choice. Both halves were written while the lexicon (`rules/catalogs/topics.yaml`) was being curated, ");
        sb.Append("and the lexicon was corrected by looking at errors on both, so the held-out half is not blind to the lexicon. ");
        sb.Append("The **fresh** pairs (`split: fresh`) were written and labelled after the lexicon, the scoring and the threshold were frozen and have not been used to change them: ");
        sb.Append("they are the most honest figure here.\n\n");
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"**Threshold**: `cover_threshold: \"{run.Threshold}\"` (rules/cascade/ParentTaskCovered.rule.yaml), chosen on the tuning half only (sweep below: the best F1 there, the one nearest 0.5 among equals).\n\n"));
        sb.Append("| part | pairs | TP | FP | FN | TN | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var (name, c) in new[] { ("tuning half", run.Tuning), ("held-out half", run.HeldOut), ("fresh (after freeze)", run.Fresh), ("**all pairs**", run.All) })
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {c.Total} | {c.TruePositive} | {c.FalsePositive} | {c.FalseNegative} | {c.TrueNegative} | {P(c.Precision)} | {P(c.Recall)} | {P(c.F1)} |\n"));
        }

        sb.Append("\n## Threshold sweep on the tuning half\n\n| cover_threshold | precision | recall | F1 |\n|---|---|---|---|\n");
        foreach (var (threshold, c) in sweep)
        {
            var mark = Math.Abs(threshold - run.Threshold) < 1e-9 ? " ←" : string.Empty;
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"| {N(threshold)}{mark} | {P(c.Precision)} | {P(c.Recall)} | {P(c.F1)} |\n"));
        }

        sb.Append("\n## Pairs decided against their label\n\n");
        var wrong = run.Decided.Where(d => d.Pair.Covered != d.Decision.Covered).ToList();
        if (wrong.Count == 0)
        {
            sb.Append("None.\n");
        }
        else
        {
            sb.Append("| file | parent task | child | label | score | best match | shared topics |\n|---|---|---|---|---|---|---|\n");
            foreach (var (pair, decision) in wrong)
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture,
                    $"| {pair.File} | {pair.ParentTask.Id} | {pair.Child.Id} | {(pair.Covered ? "covered" : "not covered")} | {decision.ScoreText} | {decision.MatchesText} | {string.Join(", ", decision.SharedTopics.Select(t => t.Id))} |\n"));
            }
        }

        sb.Append("\n## What these figures do not say\n\n");
        sb.Append("- The set is small and its constructed children and labels were written by the same team that curated the lexicon; ");
        sb.Append("figures on documents nobody has seen will be lower — the fresh pairs show by how much. Add real child plans (imported documents) with labels to `fixtures/coverage/` as they come.\n");
        sb.Append("- The fresh errors were left unpatched so that the fresh figure stays blind. They show the kinds of gap to expect: a synonym missing from the lexicon ");
        sb.Append("(\"nữ viên chức trong diện quy hoạch … kỹ năng lãnh đạo\" is not read as women in leadership); a title joining two activities of which the child does one; ");
        sb.Append("an activity and its subject told apart in the parent (\"truyền thông về sức khỏe sinh sản\") but not in the child; an umbrella task whose administrative bullets (reports) lift the average. ");
        sb.Append("Fix them together with a new set of fresh pairs, and move the present fresh pairs into the ordinary halves.\n");
        sb.Append("- Only coverage is measured here; applicability (which tasks a unit must cover) is tested by `ApplicabilityTests`.\n");
        sb.Append("- Plans with `implements` links are decided by their links, not by this matcher.\n");
        return sb.ToString();
    }
}
