using System.Collections.Concurrent;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;

namespace ComplianceEngine.Core.Cascade;

/// <summary>How a parent item was paired with a child item.</summary>
public enum PairBasis
{
    /// <summary>An explicit <c>implements</c> link: certain.</summary>
    Link,

    /// <summary>Reports of the same kind (six-month, annual, plan submission, event…): certain when one report of each side applies.</summary>
    Kind,

    /// <summary>Text similarity above the coverage threshold: an inference, with its score.</summary>
    Text,
}

/// <summary>One parent task as seen from one child: whether it applies, and whether (and how) the child covers it.</summary>
/// <param name="ParentTask">The parent's task.</param>
/// <param name="Applicability">Why the task applies to the child, or why not, or that no text assigns it.</param>
/// <param name="Coverage">The coverage decision; null when the task does not apply.</param>
internal sealed record TaskTrace(PlanTask ParentTask, ApplicabilityDecision Applicability, CoverageDecision? Coverage)
{
    /// <summary>Whether the child must cover the task (applicability certain or undetermined).</summary>
    public bool Applies => Applicability.Applies;

    /// <summary>Whether the child covers it.</summary>
    public bool Covered => Coverage?.Covered == true;
}

/// <summary>A dated item on either side of a link: a task with a timeline or a report with its due date.</summary>
/// <param name="What">"task" or "report".</param>
/// <param name="Id">The item's id in its plan.</param>
/// <param name="Time">The time expression as written, with its place.</param>
/// <param name="Value">The parsed time, with the plan's year filled in.</param>
internal sealed record TimedItem(string What, string Id, Located<string> Time, TimeValue Value);

/// <summary>A parent item and the child item that carries it out, with how they were paired.</summary>
internal sealed record DeadlinePair(TimedItem Parent, TimedItem Child, PairBasis Basis, double Score);

/// <summary>A parent indicator and the child indicator that states the same measure.</summary>
internal sealed record IndicatorPair(Indicator Parent, Indicator Child, PairBasis Basis, double Score);

/// <summary>
/// The trace of one cascade link, computed once and read by every cross-level rule (coverage, deadlines, indicators,
/// sub-plan deadline) and by the coverage matrix, so that they can never disagree: each parent task with its
/// applicability and coverage; parent ↔ child deadlines (by link, by report kind, or by text with its score);
/// parent ↔ child indicators (by link or by what they measure).
/// </summary>
internal sealed class LinkTrace
{
    internal LinkTrace(CascadeLink link, IReadOnlyList<TaskTrace> tasks, IReadOnlyList<DeadlinePair> deadlines, IReadOnlyList<IndicatorPair> indicators, IReadOnlyList<PlanReport> subPlanDeadlines)
    {
        Link = link;
        Tasks = tasks;
        Deadlines = deadlines;
        Indicators = indicators;
        SubPlanDeadlines = subPlanDeadlines;
    }

    /// <summary>The link traced.</summary>
    public CascadeLink Link { get; }

    /// <summary>Every parent task, in the parent's order.</summary>
    public IReadOnlyList<TaskTrace> Tasks { get; }

    /// <summary>Parent ↔ child items whose deadlines are compared.</summary>
    public IReadOnlyList<DeadlinePair> Deadlines { get; }

    /// <summary>Parent ↔ child indicators whose targets are compared.</summary>
    public IReadOnlyList<IndicatorPair> Indicators { get; }

    /// <summary>The parent's plan-submission reports that apply to the child (the deadline for the child's own plan).</summary>
    public IReadOnlyList<PlanReport> SubPlanDeadlines { get; }
}

/// <summary>The settings a trace is computed with.</summary>
/// <param name="Units">The unit directory applicability is decided with.</param>
/// <param name="Matcher">The text coverage matcher.</param>
/// <param name="Coverage">Coverage thresholds.</param>
/// <param name="IndicatorSimilarity">How alike two indicators' measures are, 0 … 1.</param>
/// <param name="IndicatorThreshold">The similarity from which two indicators are the same measure.</param>
internal sealed record TraceSettings(
    UnitDirectory Units,
    CoverageMatcher Matcher,
    CoverageOptions Coverage,
    Func<Indicator, Indicator, double> IndicatorSimilarity,
    double IndicatorThreshold = 0.6);

/// <summary>Computes <see cref="LinkTrace"/>s, once per link, thread-safe; one instance per evaluation.</summary>
internal sealed class LinkTracer(TraceSettings settings)
{
    private readonly ConcurrentDictionary<(string Parent, string Child), Lazy<LinkTrace>> traces = new();
    private readonly ConcurrentDictionary<(string Text, int? Year), TimeValue?> times = new();

    /// <summary>The settings this tracer uses.</summary>
    public TraceSettings Settings => settings;

    /// <summary>The trace of <paramref name="link"/>, computed on first use.</summary>
    public LinkTrace For(CascadeLink link) =>
        traces.GetOrAdd((link.Parent.Id, link.Child.Id), _ => new Lazy<LinkTrace>(() => Build(link))).Value;

    private LinkTrace Build(CascadeLink link)
    {
        var parent = link.Parent;
        var child = link.Child;
        var identity = settings.Units.Identify(child);
        var childIndex = settings.Matcher.Index(child, settings.Coverage);

        // A thematic child (one campaign, one topic) implements only the parent tasks on its theme.
        var themes = settings.Matcher.Themes(child.Title);
        var tasks = new List<TaskTrace>(parent.Tasks.Count);
        foreach (var task in parent.Tasks)
        {
            var applicability = Applicability.Decide(task, identity, settings.Units, parent);
            if (applicability.Applies && themes.Count > 0 && !settings.Matcher.IsAbout(task, themes))
            {
                applicability = Applicability.OutsideScope(themes.Select(t => t.Label.Vi).ToList());
            }

            tasks.Add(new TaskTrace(task, applicability, applicability.Applies ? settings.Matcher.Decide(task, childIndex, settings.Coverage) : null));
        }

        var applyingReports = parent.Reports.Where(r => ReportApplies(r, identity, parent)).ToList();
        var deadlines = new List<DeadlinePair>();
        deadlines.AddRange(TaskDeadlines(parent, child, tasks));
        deadlines.AddRange(ReportDeadlines(parent, child, applyingReports));
        var indicators = IndicatorPairs(parent, child);
        var subPlan = applyingReports.Where(r => r.Kind == ReportKind.Plan).ToList();
        return new LinkTrace(link, tasks, deadlines, indicators, subPlan);
    }

    // A report with no sender named is asked of every unit below; one with senders applies as a task would. The parent's own
    // report upwards names its own office as sender, so it is not the child's deadline.
    private bool ReportApplies(PlanReport report, UnitIdentity child, Plan parent) =>
        report.From.Count == 0
        || Applicability.Decide(new PlanTask { Id = report.Id, Title = report.Title, AssignedTo = report.From, Location = report.Location }, child, settings.Units, parent).Applies;

    private IEnumerable<DeadlinePair> TaskDeadlines(Plan parent, Plan child, IReadOnlyList<TaskTrace> tasks)
    {
        var parentTimes = new Dictionary<string, TimedItem>(StringComparer.Ordinal);
        foreach (var task in parent.Tasks)
        {
            if (Timed("task", task.Id, task.Timeline, parent) is { } item)
            {
                parentTimes.TryAdd(task.Id, item);
            }
        }

        var childTasks = child.Tasks.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in child.Tasks)
        {
            foreach (var target in task.Implements)
            {
                linked.Add(target.Value);
                if (parentTimes.TryGetValue(target.Value, out var theirs) && Timed("task", task.Id, task.Timeline, child) is { } mine)
                {
                    yield return new DeadlinePair(theirs, mine, PairBasis.Link, 1.0);
                }
            }
        }

        // A document has no links: the child task that covers a parent task by text carries its deadline. Only the best
        // match is compared, and only a real deadline on both sides: "thường xuyên" has no earlier finish to ask for.
        foreach (var cell in tasks)
        {
            if (linked.Contains(cell.ParentTask.Id) || cell.Coverage is not { Covered: true, Method: CoverageMethod.TextMatch, BestMatch: { } best } coverage
                || !parentTimes.TryGetValue(cell.ParentTask.Id, out var theirs) || !IsDeadline(theirs.Value)
                || !childTasks.TryGetValue(best, out var childTask) || Timed("task", childTask.Id, childTask.Timeline, child) is not { } mine
                || !IsDeadline(mine.Value))
            {
                continue;
            }

            yield return new DeadlinePair(theirs, mine, PairBasis.Text, coverage.Score);
        }
    }

    private IEnumerable<DeadlinePair> ReportDeadlines(Plan parent, Plan child, IReadOnlyList<PlanReport> applying)
    {
        var linked = child.Reports.SelectMany(r => r.Implements.Select(l => (Report: r, Target: l.Value))).ToList();
        var parentById = parent.Reports.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (report, target) in linked)
        {
            if (parentById.TryGetValue(target, out var theirs) && Timed("report", theirs.Id, theirs.Due, parent) is { } t && Timed("report", report.Id, report.Due, child) is { } m)
            {
                yield return new DeadlinePair(t, m, PairBasis.Link, 1.0);
            }
        }

        if (linked.Count > 0)
        {
            yield break;
        }

        // Reports pair by kind and recipient: a child's six-month report to the Sở is held to the Sở's six-month deadline for
        // reports sent to it, not to the Sở's own report upwards. Several candidates left: the child is held to the latest,
        // so that an ambiguity never produces a false late deadline. Plan submissions are checked by the issue date (CE-C010).
        foreach (var report in child.Reports.Where(r => r.Kind is not (ReportKind.Other or ReportKind.Plan or ReportKind.AdHoc)))
        {
            if (Timed("report", report.Id, report.Due, child) is not { } mine || !IsDeadline(mine.Value))
            {
                continue;
            }

            var candidates = applying.Where(r => r.Kind == report.Kind)
                .Select(r => (Report: r, Time: Timed("report", r.Id, r.Due, parent)))
                .Where(c => c.Time is not null && IsDeadline(c.Time.Value)).ToList();
            // Narrowed by what is known: the same recipient, then a sender list that names the child (a report with no sender
            // named may be the parent's own report upwards).
            var sameRecipient = candidates.Where(c => SameRecipient(c.Report, report)).ToList();
            var pool = sameRecipient.Count > 0 ? sameRecipient : candidates;
            var addressed = pool.Where(c => c.Report.From.Count > 0).ToList();
            var theirs = (addressed.Count > 0 ? addressed : pool).OrderByDescending(c => c.Time!.Value.End).Select(c => c.Time).FirstOrDefault();
            if (theirs is not null)
            {
                yield return new DeadlinePair(theirs, mine, PairBasis.Kind, 1.0);
            }
        }
    }

    private bool SameRecipient(PlanReport a, PlanReport b)
    {
        if (string.IsNullOrWhiteSpace(a.Recipient) || string.IsNullOrWhiteSpace(b.Recipient))
        {
            return false;
        }

        if (settings.Units.Key(a.Recipient) == settings.Units.Key(b.Recipient))
        {
            return true;
        }

        var theirs = settings.Units.Resolve(a.Recipient).Select(m => m.Unit.Id).ToHashSet(StringComparer.Ordinal);
        return theirs.Count > 0 && settings.Units.Resolve(b.Recipient).Select(m => m.Unit.Id).ToHashSet(StringComparer.Ordinal).SetEquals(theirs);
    }

    private List<IndicatorPair> IndicatorPairs(Plan parent, Plan child)
    {
        var pairs = new List<IndicatorPair>();
        var parentById = parent.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var anyLink = child.Indicators.Any(i => i.Implements.Count > 0);
        foreach (var indicator in child.Indicators)
        {
            if (anyLink)
            {
                pairs.AddRange(indicator.Implements.Where(l => parentById.ContainsKey(l.Value)).Select(l => new IndicatorPair(parentById[l.Value], indicator, PairBasis.Link, 1.0)));
                continue;
            }

            // The most similar parent indicator, if it is the same measure; ties go to the earlier one.
            var best = parent.Indicators.Select(p => (Parent: p, Score: settings.IndicatorSimilarity(p, indicator)))
                .Where(p => p.Score >= settings.IndicatorThreshold)
                .OrderByDescending(p => p.Score).FirstOrDefault();
            if (best.Parent is not null)
            {
                pairs.Add(new IndicatorPair(best.Parent, indicator, PairBasis.Text, best.Score));
            }
        }

        return pairs;
    }

    private TimedItem? Timed(string what, string id, Located<string>? time, Plan plan) =>
        time is null || string.IsNullOrWhiteSpace(time.Value) || Parse(time.Value, plan.ReferenceYear) is not { } value
            ? null
            : new TimedItem(what, id, time, value);

    // A parent's items are compared with every child's: each time expression is read once per run.
    private TimeValue? Parse(string text, int? year)
    {
        if (times.Count > 200_000)
        {
            times.Clear(); // Bounded: a long-running service must not grow without end.
        }

        return times.GetOrAdd((text, year), key => TimeExpressionParser.Parse(key.Text, key.Year).Value);
    }

    private static bool IsDeadline(TimeValue value) => value.Kind is not (TimeKind.ContinuousInYear or TimeKind.Recurring);
}
