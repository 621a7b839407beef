using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Reporting;

/// <summary>Counts of a report or of one plan.</summary>
public sealed record Counts(int Errors, int Warnings, int Infos, int Waived)
{
    /// <summary>Counts of <paramref name="findings"/> and <paramref name="waived"/>.</summary>
    public static Counts Of(IEnumerable<Finding> findings, IEnumerable<WaivedFinding> waived)
    {
        int e = 0, w = 0, i = 0;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Error: e++; break;
                case Severity.Warning: w++; break;
                default: i++; break;
            }
        }

        return new Counts(e, w, i, waived.Count());
    }
}

/// <summary>
/// Everything a report writer needs, in a fixed order: the plans reported on (ordered by level, then file),
/// their findings (sorted), the waived findings, and the input errors.
/// </summary>
public sealed record Report(
    IReadOnlyList<Plan> Plans,
    Func<Plan, Plan?> ParentOf,
    Func<Plan, IReadOnlyList<Plan>> ChildrenOf,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<WaivedFinding> Waived,
    IReadOnlyList<InputError> InputErrors,
    IReadOnlyList<Cascade.TraceCell> Trace)
{
    /// <summary>Totals.</summary>
    public Counts Summary => Counts.Of(Findings, Waived);

    /// <summary>Entries folder scans passed over, by reason (<see cref="Loading.LoadResult.SkippedCounts"/>).</summary>
    public IReadOnlyDictionary<string, int> SkippedCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>The reasons of <see cref="SkippedCounts"/> in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> SkipReasons = ["hidden", "not-a-plan", "not-a-plan-yaml", "not-a-plan-document", "folder-seen", "ignored"];

    /// <summary>Builds the report of <paramref name="evaluation"/>, keeping only the plans in <paramref name="reported"/> (all when null).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="inputErrors">Files that could not be read.</param>
    /// <param name="reported">Ids of the plans to report on; all when null.</param>
    /// <param name="trace">Builds the coverage matrix for the reported plans; no matrix when null.</param>
    public static Report From(Evaluation evaluation, IReadOnlyList<InputError> inputErrors, IReadOnlySet<string>? reported = null,
        Func<IReadOnlyList<Plan>, IReadOnlyList<Cascade.TraceCell>>? trace = null)
    {
        bool Keep(string planId) => reported is null || reported.Contains(planId);
        var plans = evaluation.Index.Plans.Where(p => Keep(p.Id))
            .OrderBy(p => p.Level).ThenBy(p => p.Location.File, StringComparer.Ordinal).ToList();
        return new Report(
            plans,
            p => evaluation.Index.ParentLink(p)?.Parent,
            p => evaluation.Index.ChildLinks(p).Select(l => l.Child).Where(c => Keep(c.Id)).OrderBy(c => c.Location.File, StringComparer.Ordinal).ToList(),
            evaluation.Findings.Where(f => Keep(f.PlanId)).ToList(),
            evaluation.Waived.Where(w => Keep(w.Finding.PlanId)).ToList(),
            inputErrors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ToList(),
            trace?.Invoke(plans) ?? []);
    }
}
