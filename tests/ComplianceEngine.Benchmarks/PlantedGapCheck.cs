using System.Text.RegularExpressions;
using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// Which planted gaps an evaluation found: a CE-C002 in the child naming a line of the parent task left out, a CE-C003
/// at a line of the late child task. Findings of those two rules that match no planted gap are counted as unexpected.
/// </summary>
internal static partial class PlantedGapCheck
{
    /// <summary>The outcome: gaps found, gaps missed, and the CE-C002/CE-C003 findings no gap explains.</summary>
    public sealed record Result(IReadOnlyList<PlantedGap> Found, IReadOnlyList<PlantedGap> Missed, IReadOnlyList<Finding> Unexpected);

    public static Result Check(IReadOnlyList<PlantedGap> gaps, IReadOnlyList<Finding> findings)
    {
        var relevant = findings.Where(f => f.Rule.Id is "CE-C002" or "CE-C003").ToList();
        var explained = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var found = new List<PlantedGap>();
        var missed = new List<PlantedGap>();
        foreach (var gap in gaps)
        {
            var match = relevant.FirstOrDefault(f => f.Rule.Id == gap.Rule && Matches(gap, f));
            if (match is null)
            {
                missed.Add(gap);
                continue;
            }

            found.Add(gap);
            explained.Add(match);
        }

        return new Result(found, missed, relevant.Where(f => !explained.Contains(f)).ToList());
    }

    private static bool Matches(PlantedGap gap, Finding finding)
    {
        if (!IsFile(finding.Location.File, gap.Child))
        {
            return false;
        }

        if (gap.Rule == "CE-C003")
        {
            return finding.Location.Line >= gap.ChildLines[0] && finding.Location.Line <= gap.ChildLines[1];
        }

        return finding.Args.TryGetValue("parentLocation", out var at) && LineOf().Match(at) is { Success: true } m
            && IsFile(m.Groups[1].Value, gap.Parent)
            && int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var line
            && line >= gap.ParentLines[0] && line <= gap.ParentLines[1];
    }

    private static bool IsFile(string shown, string relative)
    {
        var path = shown.Replace('\\', '/');
        return path == relative || path.EndsWith("/" + relative, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(.*):(\d+):\d+$")]
    private static partial Regex LineOf();
}
