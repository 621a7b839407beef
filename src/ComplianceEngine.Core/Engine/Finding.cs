using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

/// <summary>What a finding is about.</summary>
/// <param name="Kind">plan | task | report | citation | indicator | parent-task | parent-report | waiver | rule.</param>
/// <param name="Id">The id of the subject (task id, citation symbol …); the plan id for the plan itself.</param>
public sealed record Subject(string Kind, string Id)
{
    /// <summary>The plan as a whole.</summary>
    public static Subject OfPlan(Plan plan) => new("plan", plan.Id);
}

/// <summary>What a rule returns: where, about what, and the values for its message.</summary>
public sealed record RuleHit(SourceLocation Location, Subject Subject, IReadOnlyDictionary<string, string> Args, string? Variant = null);

/// <summary>A rule hit made into a finding: with its rule, severity and plan. Language-neutral; writers render the text.</summary>
public sealed record Finding(
    RuleDescriptor Rule,
    Severity Severity,
    string PlanId,
    SourceLocation Location,
    Subject Subject,
    IReadOnlyDictionary<string, string> Args,
    string? Variant = null)
{
    /// <summary>The rule's message with its placeholders filled.</summary>
    public string Message(Language language) => Capitalize((Variant is null ? Rule.Message : Rule.Variants[Variant].Message).Format(language, Resolved(language)));

    /// <summary>The rule's fix with its placeholders filled.</summary>
    public string Fix(Language language) => (Variant is null ? Rule.Fix : Rule.Variants[Variant].Fix).Format(language, Resolved(language));

    private static string Capitalize(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    // An argument written "@key" is a word of the report vocabulary (e.g. "@subject-task"), put in the reader's language.
    private Dictionary<string, string> Resolved(Language language) =>
        Args.ToDictionary(a => a.Key, a => a.Value.StartsWith('@') ? TextTable.Report.Get(a.Value[1..], language, Args) : a.Value, StringComparer.Ordinal);

    /// <summary>Deterministic order: file, line, column, rule id, subject.</summary>
    public static int Compare(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (c == 0) c = a.Location.Line.CompareTo(b.Location.Line);
        if (c == 0) c = a.Location.Column.CompareTo(b.Location.Column);
        if (c == 0) c = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        if (c == 0) c = string.CompareOrdinal(a.Subject.Id, b.Subject.Id);
        if (c == 0) c = string.CompareOrdinal(a.PlanId, b.PlanId);
        return c;
    }
}

/// <summary>A finding set aside by a waiver.</summary>
public sealed record WaivedFinding(Finding Finding, Waiver Waiver);
