using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

// The facts one rule session holds. Each is a sealed wrapper with reference identity, so two equal model records (a
// plan loaded twice, two identical tasks) stay two facts. A session holds one reported plan: its own items, its parent
// link and the run fact; nothing of another plan is a fact of its own (the parent is reached through the link).

/// <summary>The plan a session reports on.</summary>
public sealed class PlanFact(Plan plan)
{
    /// <summary>The plan.</summary>
    public Plan Plan { get; } = plan;
}

/// <summary>A task of the session's plan.</summary>
public sealed class TaskFact(Plan plan, PlanTask task)
{
    /// <summary>The plan the task is in.</summary>
    public Plan Plan { get; } = plan;

    /// <summary>The task.</summary>
    public PlanTask Task { get; } = task;
}

/// <summary>A report the session's plan asks for.</summary>
public sealed class ReportFact(Plan plan, PlanReport report)
{
    /// <summary>The plan the report is in.</summary>
    public Plan Plan { get; } = plan;

    /// <summary>The report.</summary>
    public PlanReport Report { get; } = report;
}

/// <summary>An indicator of the session's plan.</summary>
public sealed class IndicatorFact(Plan plan, Indicator indicator)
{
    /// <summary>The plan the indicator is in.</summary>
    public Plan Plan { get; } = plan;

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; } = indicator;
}

/// <summary>A citation of the session's plan (legal bases and references).</summary>
public sealed class CitationFact(Plan plan, Citation citation)
{
    /// <summary>The plan the citation is in.</summary>
    public Plan Plan { get; } = plan;

    /// <summary>The citation.</summary>
    public Citation Citation { get; } = citation;
}

/// <summary>A waiver the session's plan declares.</summary>
public sealed class WaiverFact(Plan plan, Waiver waiver)
{
    /// <summary>The plan the waiver is in.</summary>
    public Plan Plan { get; } = plan;

    /// <summary>The waiver.</summary>
    public Waiver Waiver { get; } = waiver;
}

/// <summary>
/// The parent → child link of the session's plan (the child), present when its parent is among the run's plans.
/// This is the one fact per link that derived cascade facts (applicability, coverage cells, the parent ↔ child trace)
/// hang from: they are computed once per link before the session fires and inserted beside it.
/// </summary>
public sealed class LinkFact(CascadeLink link)
{
    /// <summary>The link.</summary>
    public CascadeLink Link { get; } = link;

    /// <summary>The parent plan.</summary>
    public Plan Parent => Link.Parent;

    /// <summary>The child plan: the session's plan.</summary>
    public Plan Child => Link.Child;
}

/// <summary>What every session of a run shares: the plan index, the reference date, the legal catalogue, the unit directory.</summary>
public sealed class RunFact(RunFacts facts)
{
    /// <summary>The run's facts.</summary>
    public RunFacts Facts { get; } = facts;
}
