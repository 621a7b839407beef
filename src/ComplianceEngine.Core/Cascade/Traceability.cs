using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Cascade;

/// <summary>State of one cell of the coverage matrix.</summary>
public enum TraceStatus
{
    /// <summary>The child covers the parent task (by link or by text).</summary>
    Covered,

    /// <summary>The task applies to the child and nothing covers it.</summary>
    Missing,

    /// <summary>Missing, but the child waives it with a reason.</summary>
    Waived,

    /// <summary>The task is not required of the child.</summary>
    NotApplicable,
}

/// <summary>One parent task × one child plan: whether it is required, whether it is covered, how, and why.</summary>
public sealed record TraceCell(
    Plan Parent,
    PlanTask ParentTask,
    Plan Child,
    ApplicabilityDecision Applicability,
    CoverageDecision? Coverage,
    TraceStatus Status,
    string? WaiverReason);

/// <summary>
/// The traceability view of a run: for every parent → child link among the reported plans, every parent task,
/// with the same applicability and coverage decisions rule CE-C002 makes. Built from the index, one link at a time,
/// so its cost grows with the links, not with the square of the plans.
/// </summary>
public static class Traceability
{
    /// <summary>
    /// The coverage matrix of <paramref name="reported"/> plans: one cell per parent task and child, read from the link
    /// traces the cascade rules used, so the matrix and CE-C002 cannot disagree.
    /// </summary>
    public static IReadOnlyList<TraceCell> Build(
        IEnumerable<Plan> reported,
        PlanIndex index,
        LinkTracer tracer,
        IReadOnlyList<WaivedFinding> waived)
    {
        var waivers = waived.Where(w => w.Finding.Rule.Id == "CE-C002")
            .GroupBy(w => (w.Finding.PlanId, w.Finding.Subject.Id))
            .ToDictionary(g => g.Key, g => g.First().Waiver.Reason);
        var cells = new List<TraceCell>();
        foreach (var child in reported.OrderBy(p => p.Location.File, StringComparer.Ordinal))
        {
            if (index.ParentLink(child) is not { } link)
            {
                continue;
            }

            foreach (var task in tracer.For(link).Tasks)
            {
                if (!task.Applies)
                {
                    cells.Add(new TraceCell(link.Parent, task.ParentTask, child, task.Applicability, null, TraceStatus.NotApplicable, null));
                    continue;
                }

                var status = task.Covered ? TraceStatus.Covered
                    : waivers.ContainsKey((child.Id, task.ParentTask.Id)) ? TraceStatus.Waived
                    : TraceStatus.Missing;
                cells.Add(new TraceCell(link.Parent, task.ParentTask, child, task.Applicability, task.Coverage, status,
                    status == TraceStatus.Waived ? waivers[(child.Id, task.ParentTask.Id)] : null));
            }
        }

        return cells;
    }
}
