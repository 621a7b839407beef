namespace ComplianceEngine.Core.Engine;

/// <summary>Severity of a finding, lowest first.</summary>
public enum Severity
{
    /// <summary>For information; never fails a run.</summary>
    Info,

    /// <summary>Should be fixed; does not fail a run.</summary>
    Warning,

    /// <summary>Must be fixed; exit code 1.</summary>
    Error,
}

/// <summary>Area a rule checks.</summary>
public enum RuleCategory
{
    /// <summary>The plan as a document.</summary>
    Plan,

    /// <summary>Its tasks.</summary>
    Task,

    /// <summary>Its citations.</summary>
    Legal,

    /// <summary>Its relation to its parent.</summary>
    Cascade,
}

/// <summary>
/// Everything a person needs to know about a rule, read from its descriptor YAML beside its code:
/// stable id, category, default severity, title, message and fix in both languages, rationale, parameters.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    RuleCategory Category,
    Severity DefaultSeverity,
    LocalizedText Title,
    LocalizedText Message,
    LocalizedText Fix,
    LocalizedText Rationale,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, RuleVariant> Variants,
    string Source)
{
    /// <summary>The ranges a ruleset's value of a numeric parameter must lie in (from the descriptor's <c>min</c>/<c>max</c>).</summary>
    public IReadOnlyDictionary<string, ParameterRange> ParameterRanges { get; init; } = new Dictionary<string, ParameterRange>();
}

/// <summary>The closed range of a numeric rule parameter.</summary>
public sealed record ParameterRange(double Min, double Max);

/// <summary>A second wording of a rule's message and fix, for a distinct case of the same defect.</summary>
public sealed record RuleVariant(LocalizedText Message, LocalizedText Fix)
{
    /// <summary>
    /// A ceiling on the severity of hits of this variant: an inference (a gap judged by text) is reported at most as a
    /// warning while the certain case of the same rule stays an error. Null: the rule's severity.
    /// </summary>
    public Severity? Severity { get; init; }
}
