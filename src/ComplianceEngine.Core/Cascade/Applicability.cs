using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Cascade;

/// <summary>Why a parent task is, or is not, required of a child.</summary>
public enum ApplicabilityReason
{
    /// <summary>The task is addressed to every unit below (no <c>assigned_to</c>, or "các đơn vị trực thuộc").</summary>
    AddressedToAll,

    /// <summary>The task names the child's own unit ("Sở Y tế", "Sở LĐTBXH", "Các Sở, ngành: Y tế, …").</summary>
    OwnUnit,

    /// <summary>The task names the child's kind of unit ("các bệnh viện", "UBND các quận, huyện, thị xã").</summary>
    UnitKind,

    /// <summary>The task is assigned to other units only.</summary>
    OtherUnits,

    /// <summary>No text assigns the task (a document's section II item that section III never hands out): the child may or may not owe it.</summary>
    Undetermined,

    /// <summary>The child is a thematic document (one campaign, one topic) and the task is outside its theme.</summary>
    OutsideScope,
}

/// <summary>Whether a parent task applies to a child, and why, in terms a report can print.</summary>
/// <param name="Applies">True when the child must cover the task.</param>
/// <param name="Reason">Why.</param>
/// <param name="Assignee">The assignment that decided it, as written in the parent ("Sở LĐTBXH"); null when the task has no assignment.</param>
/// <param name="Via">What matched: the unit's name or alias from the directory, or the collective phrase.</param>
/// <param name="Unit">For <see cref="ApplicabilityReason.OwnUnit"/>, the canonical name of the unit (or the child's issuer when it is not in the directory).</param>
/// <param name="Kind">For <see cref="ApplicabilityReason.UnitKind"/> (and an "everyone" phrase, <c>*</c>), the kind addressed.</param>
/// <param name="Others">For <see cref="ApplicabilityReason.OtherUnits"/>, the assignments as written.</param>
public sealed record ApplicabilityDecision(
    bool Applies,
    ApplicabilityReason Reason,
    string? Assignee,
    string? Via,
    string? Unit,
    string? Kind,
    IReadOnlyList<string> Others)
{
    /// <summary>
    /// Values for a finding's message: <c>why</c> is a report-vocabulary key ("@why-own-unit") filled from
    /// <c>assignee</c>, <c>via</c>, <c>unit</c> and <c>kind</c> in the reader's language.
    /// </summary>
    public IReadOnlyList<(string Name, string Value)> Args =>
    [
        ("why", "@" + WhyKey),
        ("assignee", Reason == ApplicabilityReason.OtherUnits ? string.Join("; ", Others) : Assignee ?? string.Empty),
        ("via", Via ?? string.Empty),
        ("unit", Unit ?? string.Empty),
        ("kind", Kind ?? string.Empty),
    ];

    private string WhyKey => Reason switch
    {
        ApplicabilityReason.AddressedToAll => Assignee is null ? "why-all" : "why-all-phrase",
        ApplicabilityReason.OwnUnit => "why-own-unit",
        ApplicabilityReason.UnitKind => "why-kind",
        ApplicabilityReason.Undetermined => "why-undetermined",
        ApplicabilityReason.OutsideScope => "why-outside-scope",
        _ => "why-other",
    };

    /// <summary>The reason as a phrase in <paramref name="language"/> ("giao cho “Sở LĐTBXH” — chính đơn vị này …").</summary>
    public string Describe(Language language) =>
        TextTable.Report.Get(WhyKey, language, Args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
}

/// <summary>
/// Decides whether a parent task applies to a child plan (SPEC §3 "Applicability"): tasks addressed to everyone below,
/// tasks assigned to the child's own unit under any of its names, and tasks assigned to its kind of unit.
/// A hospital is not asked to cover a task assigned to Sở Tư pháp.
/// </summary>
public static class Applicability
{
    /// <summary>Whether <paramref name="task"/> of a parent applies to <paramref name="child"/>, and why.</summary>
    public static ApplicabilityDecision Decide(PlanTask task, Plan child, UnitDirectory directory) =>
        Decide(task, directory.Identify(child), directory, null);

    /// <summary>The decision that <paramref name="task"/> lies outside the theme of a thematic child.</summary>
    public static ApplicabilityDecision OutsideScope(IReadOnlyList<string> themes) =>
        new(false, ApplicabilityReason.OutsideScope, null, string.Join(", ", themes), null, null, []);

    /// <summary>As <see cref="Decide(PlanTask, Plan, UnitDirectory)"/>, with the child already identified (once per link).</summary>
    public static ApplicabilityDecision Decide(PlanTask task, UnitIdentity child, UnitDirectory directory) => Decide(task, child, directory, null);

    /// <summary>
    /// Whether <paramref name="task"/> of <paramref name="parent"/> applies to the child. A task assigned by name, by an
    /// "everyone" phrase or by the child's kind applies; one assigned to other bodies (another Sở, the parent's own offices,
    /// an agency under it that is not the child) does not. A task with no assignment at all applies to every unit below when
    /// the parent is an authored plan file (the format's meaning), and is <see cref="ApplicabilityReason.Undetermined"/>
    /// when the parent was read from a document, where the assignment simply was not found.
    /// </summary>
    public static ApplicabilityDecision Decide(PlanTask task, UnitIdentity child, UnitDirectory directory, Plan? parent)
    {
        // A request to a body outside the issuer's authority, or a duty of the issuer's own offices, is owed by no unit below.
        if (task.Kind is TaskKind.Request or TaskKind.Internal)
        {
            return new ApplicabilityDecision(false, ApplicabilityReason.OtherUnits, null, null, null, null,
                task.AssignedTo.Count > 0 ? task.AssignedTo : [task.LeadUnit?.Value ?? task.Title]);
        }

        IReadOnlyList<string> assignees = task.AssignedTo.Count > 0 ? task.AssignedTo
            : !string.IsNullOrWhiteSpace(task.LeadUnit?.Value) ? [task.LeadUnit!.Value]
            : [];
        if (assignees.Count == 0)
        {
            return parent?.Source is not null
                ? new ApplicabilityDecision(true, ApplicabilityReason.Undetermined, null, null, null, null, [])
                : new ApplicabilityDecision(true, ApplicabilityReason.AddressedToAll, null, null, null, null, []);
        }

        var decision = DecideAmong(assignees, child, directory);

        // A table row led by one of the parent's own offices ("Phòng Nghiệp vụ Y") with the units below as its partners
        // ("các bệnh viện") is carried out by those partners: they owe it.
        if (!decision.Applies && task.AssignedTo.Count == 0 && task.SupportingUnits.Count > 0 && DecideAmong(task.SupportingUnits, child, directory) is { Applies: true } partner)
        {
            return partner;
        }

        return decision;
    }

    private static ApplicabilityDecision DecideAmong(IReadOnlyList<string> assignees, UnitIdentity child, UnitDirectory directory)
    {
        // Two passes: a name or an "everyone" phrase anywhere in the list beats a kind phrase, which is the vaguer reading.
        ApplicabilityDecision? byKind = null;
        foreach (var assignee in assignees)
        {
            if (directory.EveryonePhrase(assignee) is { } everyone)
            {
                return new ApplicabilityDecision(true, ApplicabilityReason.AddressedToAll, assignee, everyone, null, "*", []);
            }

            // "Các Sở, ngành: Y tế, Giáo dục và Đào tạo, …" names its Sở; it does not address every Sở.
            var listed = directory.ResolveList(assignee);
            var named = listed ?? directory.Resolve(assignee);
            if (named.FirstOrDefault(n => child.Units.Any(u => u.Unit.Id == n.Unit.Id)) is { } own)
            {
                return new ApplicabilityDecision(true, ApplicabilityReason.OwnUnit, assignee, own.Alias, own.Unit.Name, null, []);
            }

            if (listed is not null)
            {
                continue;
            }

            if (byKind is null && directory.Collectives(assignee).FirstOrDefault(c => c.Kinds.Any(child.Kinds.Contains)) is { } collective)
            {
                byKind = new ApplicabilityDecision(true, ApplicabilityReason.UnitKind, assignee, collective.Phrase, null, collective.Kinds.First(child.Kinds.Contains), []);
            }

            // A unit the directory does not know ("Bệnh viện Phổi") is compared by name with the issuer ("Bệnh viện Phổi Thanh Hóa").
            if (named.Count == 0 && SameName(directory.Key(assignee), child.IssuerKey))
            {
                return new ApplicabilityDecision(true, ApplicabilityReason.OwnUnit, assignee, assignee, child.Issuer, null, []);
            }
        }

        return byKind ?? new ApplicabilityDecision(false, ApplicabilityReason.OtherUnits, null, null, null, null, assignees);
    }

    private static bool SameName(string assignee, string issuer)
    {
        // At least two syllables, so that a bare "Sở" or "Phòng" never names a unit.
        if (assignee.Length == 0 || issuer.Length == 0 || !assignee.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return issuer == assignee
            || issuer.StartsWith(assignee + " ", StringComparison.Ordinal)
            || (issuer.Contains(' ', StringComparison.Ordinal) && assignee.StartsWith(issuer + " ", StringComparison.Ordinal));
    }
}
