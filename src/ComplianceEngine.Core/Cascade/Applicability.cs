using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Cascade;

/// <summary>Why a parent task is, or is not, required of a child.</summary>
public enum ApplicabilityReason
{
    /// <summary>The task is addressed to every unit below.</summary>
    AddressedToAll,

    /// <summary>The task names the child's own unit.</summary>
    OwnUnit,

    /// <summary>The task names the child's kind of unit ("các bệnh viện").</summary>
    UnitKind,

    /// <summary>The task is assigned to other units only.</summary>
    OtherUnits,
}

/// <summary>Decides whether a parent task applies to a child plan (SPEC §3 "Applicability").</summary>
public static class Applicability
{
    // Kind phrases as they appear in assignments, folded, and the unit kinds they address.
    private static readonly (string Phrase, string[] Kinds)[] KindPhrases =
    [
        ("cac benh vien", ["benh-vien"]),
        ("cac don vi truc thuoc", ["*"]),
        ("cac don vi", ["*"]),
        ("trung tam y te", ["trung-tam-y-te"]),
        ("ubnd cac quan", ["ubnd-huyen"]),
        ("ubnd cac huyen", ["ubnd-huyen"]),
        ("uy ban nhan dan cac quan", ["ubnd-huyen"]),
        ("uy ban nhan dan cac huyen", ["ubnd-huyen"]),
        ("ubnd cac xa", ["ubnd-xa"]),
        ("cac so, ban, nganh", ["so", "so-y-te", "ban-nganh"]),
        ("cac so, nganh", ["so", "so-y-te", "ban-nganh"]),
        ("so y te", ["so-y-te"]),
    ];

    /// <summary>Whether <paramref name="task"/> of a parent applies to <paramref name="child"/>, and why.</summary>
    public static (bool Applies, ApplicabilityReason Reason, string? Matched) Decide(PlanTask task, Plan child)
    {
        if (task.AssignedTo.Count == 0)
        {
            return (true, ApplicabilityReason.AddressedToAll, null);
        }

        var issuer = VietnameseText.Fold(child.Issuer.Value);
        foreach (var assignee in task.AssignedTo)
        {
            var folded = VietnameseText.Fold(assignee);
            if (folded.Length > 0 && (issuer.StartsWith(folded, StringComparison.Ordinal) || folded.StartsWith(issuer, StringComparison.Ordinal)))
            {
                return (true, ApplicabilityReason.OwnUnit, assignee);
            }

            foreach (var (phrase, kinds) in KindPhrases)
            {
                if (folded.Contains(phrase, StringComparison.Ordinal) && kinds.Any(k => k == "*" || child.UnitKinds.Contains(k)))
                {
                    return (true, ApplicabilityReason.UnitKind, assignee);
                }
            }
        }

        return (false, ApplicabilityReason.OtherUnits, null);
    }
}
