using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Assignment by reference, resolved after every task is read: a body's duty "Chủ trì thực hiện nhiệm vụ tại các điểm 1, 3
/// Mục III" makes that body the lead of tasks III.1 and III.3; "Thực hiện các nhiệm vụ tại các điểm 1, 3 và 5 Mục III"
/// assigns them to it; "phối hợp … thực hiện điểm 3 Mục III" or "hướng dẫn … thực hiện điểm 5" adds it to the supporting
/// units. "điểm 2.3 khoản 2 Mục II" names task II.2.3. References to items that are not tasks (indicators) are ignored.
/// </summary>
internal static partial class TaskReferences
{
    [GeneratedRegex(@"(?:các\s+)?điểm\s+(?<list>[\dA-Za-zđ.]+(?:\s*(?:,|và)\s*[\dA-Za-zđ.]+)*)(?:\s+khoản\s+(?<k>\d+))?\s+(?:Mục|mục|Phần|phần)\s+(?<m>[IVX]+)\b")]
    private static partial Regex ReferenceRegex();

    /// <summary>Applies the references found in the assigned duties of <paramref name="tasks"/> to the tasks they name.</summary>
    public static void Resolve(List<ExtractedTask> tasks)
    {
        var changes = new List<(int Target, string Role, IReadOnlyList<string> Units)>();
        foreach (var source in tasks.Select(t => t.Task).Where(t => t.AssignedTo.Count > 0 || t.LeadUnit is not null))
        {
            var units = source.AssignedTo.Count > 0 ? source.AssignedTo : [source.LeadUnit!.Value];
            var text = string.Join(" ", new[] { source.Title }.Concat(source.Details));
            foreach (var clause in text.Split(';'))
            {
                foreach (Match m in ReferenceRegex().Matches(clause))
                {
                    var role = Role(clause[..m.Index]);
                    if (role is null)
                    {
                        continue;
                    }

                    foreach (var item in m.Groups["list"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Where(x => x != "và"))
                    {
                        var target = Find(tasks, m.Groups["m"].Value, m.Groups["k"].Success ? m.Groups["k"].Value : null, item.TrimEnd('.'));
                        if (target >= 0 && tasks[target].Task != source)
                        {
                            changes.Add((target, role, units));
                        }
                    }
                }
            }
        }

        foreach (var (target, role, units) in changes)
        {
            var t = tasks[target].Task;
            var updated = role switch
            {
                "lead" => t with
                {
                    LeadUnit = t.LeadUnit ?? (units.Count == 1 ? new Located<string>(units[0], t.Location) : null),
                    AssignedTo = Union(t.AssignedTo.Count == 0 && t.LeadUnit is not null ? [t.LeadUnit.Value] : t.AssignedTo, units),
                },
                "assigned" => t with { AssignedTo = Union(t.AssignedTo.Count == 0 && t.LeadUnit is not null ? [t.LeadUnit.Value] : t.AssignedTo, units) },
                _ => t with { SupportingUnits = Union(t.SupportingUnits, units) },
            };
            tasks[target] = tasks[target] with { Task = updated };
        }
    }

    // The verb before the reference in its clause: "chủ trì" leads, "phối hợp" / "hướng dẫn" supports, "thực hiện" is assigned.
    private static string? Role(string before)
    {
        var f = VietnameseText.Fold(before);
        return f.Contains("chu tri", StringComparison.Ordinal) ? "lead"
            : f.Contains("phoi hop", StringComparison.Ordinal) || f.Contains("huong dan", StringComparison.Ordinal) ? "support"
            : f.Contains("thuc hien", StringComparison.Ordinal) ? "assigned"
            : null;
    }

    private static int Find(List<ExtractedTask> tasks, string part, string? clause, string item)
    {
        var local = clause is null || item.StartsWith(clause + ".", StringComparison.Ordinal) ? item : clause + "." + item;
        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i].Task;
            if (t.Id == part + "." + local || (t.Section == part && t.Id == local))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Concat(b.Where(x => !a.Any(y => VietnameseText.Fold(y) == VietnameseText.Fold(x)))).ToList();
}
