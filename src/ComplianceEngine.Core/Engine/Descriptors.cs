namespace ComplianceEngine.Core.Engine;

/// <summary>Language of human-facing text.</summary>
public enum Language
{
    /// <summary>Vietnamese, the default.</summary>
    Vi,

    /// <summary>English.</summary>
    En,
}

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

/// <summary>A text in Vietnamese and English, with <c>{name}</c> placeholders.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(Language language) => language == Language.En ? En : Vi;

    /// <summary>The text in <paramref name="language"/> with placeholders filled from <paramref name="args"/>.</summary>
    public string Format(Language language, IReadOnlyDictionary<string, string> args) => Placeholders.Fill(For(language), args);
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
    string Source);

/// <summary>A second wording of a rule's message and fix, for a distinct case of the same defect.</summary>
public sealed record RuleVariant(LocalizedText Message, LocalizedText Fix)
{
    /// <summary>
    /// A ceiling on the severity of hits of this variant: an inference (a gap judged by text) is reported at most as a
    /// warning while the certain case of the same rule stays an error. Null: the rule's severity.
    /// </summary>
    public Severity? Severity { get; init; }
}

/// <summary>Fills <c>{name}</c> placeholders.</summary>
public static class Placeholders
{
    /// <summary>Replaces each <c>{name}</c> by its value; an unknown name is left as it is.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> args)
    {
        var sb = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            sb.Append(args.TryGetValue(name, out var value) ? value : template[open..(close + 1)]);
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>Names of the placeholders used in <paramref name="template"/>.</summary>
    public static IEnumerable<string> Names(string template)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return template[(i + 1)..close];
            i = close + 1;
        }
    }
}
