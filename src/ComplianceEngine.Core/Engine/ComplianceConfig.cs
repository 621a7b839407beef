namespace ComplianceEngine.Core.Engine;

/// <summary>
/// A project's <c>.compliance.yaml</c> (docs/config.md): the ruleset, catalogues, unit directories, ignore patterns and
/// the settings of a run, so that <c>compliance audit</c> in the folder needs no options. Paths in it are relative to
/// its folder and are returned resolved. Loaded strictly: an unknown key or a bad value is an input error with its line.
/// Found by <see cref="Find"/> in the folder of the first input or the nearest folder above it.
/// </summary>
public sealed record ComplianceConfig(string File, string Folder)
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = ".compliance.yaml";

    /// <summary>The ruleset file, resolved; the built-in ruleset when null.</summary>
    public string? Ruleset { get; init; }

    /// <summary>Legal-document catalogues, resolved, merged in this order before those of the command line.</summary>
    public IReadOnlyList<string> Catalogs { get; init; } = [];

    /// <summary>Unit directories, resolved, merged in this order before those of the command line.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Patterns (gitignore syntax, relative to <see cref="Folder"/>) of files and folders a folder scan leaves out.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary><c>fail_on</c>: error | warning.</summary>
    public Severity? FailOn { get; init; }

    /// <summary><c>min_severity</c>: error | warning | info.</summary>
    public Severity? MinSeverity { get; init; }

    /// <summary><c>max_warnings</c>.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary><c>lang</c>: vi | en.</summary>
    public Language? Language { get; init; }

    private static readonly Dictionary<string, Severity> FailSeverities = new(StringComparer.Ordinal) { ["error"] = Severity.Error, ["warning"] = Severity.Warning };

    private static readonly Dictionary<string, Severity> ShownSeverities = new(StringComparer.Ordinal) { ["error"] = Severity.Error, ["warning"] = Severity.Warning, ["info"] = Severity.Info };

    private static readonly Dictionary<string, Language> Languages = new(StringComparer.Ordinal) { ["vi"] = Localization.Language.Vi, ["en"] = Localization.Language.En };

    /// <summary>The nearest <c>.compliance.yaml</c> above <paramref name="start"/> (<see cref="FindUpwards"/>); null when there is none.</summary>
    public static string? Find(string start) => FindUpwards(start, FileName);

    /// <summary>
    /// The nearest file named <paramref name="name"/>: in <paramref name="start"/> (a folder, or a file's folder) or the
    /// folders above it, up to the root; null when there is none.
    /// </summary>
    public static string? FindUpwards(string start, string name)
    {
        var full = Path.GetFullPath(start);
        for (var folder = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, name);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads a configuration file; a problem is returned as an input error with its position.</summary>
    public static (ComplianceConfig? Config, InputError? Error) TryLoad(string path)
    {
        var display = InputPath.Display(path);
        try
        {
            return (Parse(TextFileReader.Read(path, display), display, Path.GetDirectoryName(Path.GetFullPath(path))!), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    internal static ComplianceConfig Parse(string text, string file, string folder)
    {
        var root = YamlDocumentReader.ReadRoot(text, file);
        var m = YamlMapping.Of(root, file, "configuration", "format", "ruleset", "catalogs", "units", "ignore", "fail_on", "min_severity", "max_warnings", "lang");
        var format = m.Located("format");
        if (format is not null && format.Value != "compliance-config/1")
        {
            throw new InputErrorException(InputError.At(format.Location, "bad-format", ("value", format.Value)));
        }

        var maxWarnings = m.Integer("max_warnings");
        if (maxWarnings is < 0)
        {
            throw new InputErrorException(InputError.At(m.Located("max_warnings")!.Location, "expected-integer", ("key", "max_warnings"), ("value", maxWarnings.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        string Resolve(string relative) => Path.GetFullPath(Path.Combine(folder, relative));
        return new ComplianceConfig(file, folder)
        {
            Ruleset = m.String("ruleset") is { } ruleset ? Resolve(ruleset) : null,
            Catalogs = m.Strings("catalogs").Select(s => Resolve(s.Value)).ToList(),
            Units = m.Strings("units").Select(s => Resolve(s.Value)).ToList(),
            Ignore = m.Strings("ignore").Select(s => s.Value).ToList(),
            FailOn = m.Enum("fail_on", FailSeverities),
            MinSeverity = m.Enum("min_severity", ShownSeverities),
            MaxWarnings = maxWarnings,
            Language = m.Enum("lang", Languages),
        };
    }
}
