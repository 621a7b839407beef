using ComplianceEngine.Core.Coverage;
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
internal static class Traceability
{
    /// <summary>Cells for every link whose child is in <paramref name="reported"/>, ordered by parent, parent task order, child.</summary>
    /// <param name="waivers">The reasons of the CE-C002 waivers that held, by (child plan id, parent task id).</param>
    public static IReadOnlyList<TraceCell> Build(
        IEnumerable<Plan> reported,
        PlanIndex index,
        UnitDirectory units,
        CoverageMatcher matcher,
        CoverageOptions options,
        IReadOnlyDictionary<(string PlanId, string TaskId), string?> waivers)
    {
        var cells = new List<TraceCell>();
        foreach (var child in reported.OrderBy(p => p.Location.File, StringComparer.Ordinal))
        {
            if (index.ParentLink(child) is not { } link)
            {
                continue;
            }

            var identity = units.Identify(child);
            var childIndex = matcher.Index(child, options);
            foreach (var task in link.Parent.Tasks)
            {
                var applicability = Applicability.Decide(task, identity, units);
                if (!applicability.Applies)
                {
                    cells.Add(new TraceCell(link.Parent, task, child, applicability, null, TraceStatus.NotApplicable, null));
                    continue;
                }

                var coverage = matcher.Decide(task, childIndex, options);
                var status = coverage.Covered ? TraceStatus.Covered
                    : waivers.ContainsKey((child.Id, task.Id)) ? TraceStatus.Waived
                    : TraceStatus.Missing;
                cells.Add(new TraceCell(link.Parent, task, child, applicability, coverage, status,
                    status == TraceStatus.Waived ? waivers[(child.Id, task.Id)] : null));
            }
        }

        return cells;
    }
}
