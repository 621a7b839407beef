using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Input;

/// <summary>
/// The bounds every input is held to, so that each stage stays linear in what it reads and one hostile file cannot
/// stall or exhaust a run (docs/limits.md). A breach is an <see cref="InputError"/> naming the file and the limit
/// (<c>file: limit</c>), exit code 2; the other files are still checked. Set in the ruleset's <c>limits:</c> section.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The defaults (docs/limits.md).</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Largest file read, in bytes; for a .docx also the most its parts may inflate to.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest nesting: Markdown block quotes and lists, YAML collections, Word XML elements.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Longest line of a text document or YAML file, in characters.</summary>
    public int MaxLineLength { get; init; } = 20_000;

    /// <summary>Most plan files read in one run (a folder with more is read up to this many).</summary>
    public int MaxFiles { get; init; } = 10_000;

    /// <summary>Time one document may take to be read and imported, in seconds.</summary>
    public double MaxDocumentSeconds { get; init; } = 10;

    /// <summary>Most nodes a YAML file may hold once its aliases are expanded.</summary>
    public int MaxYamlNodes { get; init; } = 200_000;

    /// <summary>Most entries of a .docx package.</summary>
    public int MaxDocxEntries { get; init; } = 1_000;

    /// <summary>Names of the limits as the ruleset writes them, with their values as shown in messages.</summary>
    public IEnumerable<(string Name, string Value)> Described() =>
    [
        ("max_file_mb", (MaxFileBytes / (1024.0 * 1024)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)),
        ("max_nesting_depth", MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("max_line_length", MaxLineLength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("max_files", MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("max_document_seconds", MaxDocumentSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>The error of a breached limit: <c>file[:line]: the limit, its value</c>.</summary>
    internal static InputErrorException Breach(SourceLocation at, string limit, string value, string found) =>
        new(InputError.At(at, "limit-exceeded", ("limit", limit), ("value", value), ("found", found)));
}
