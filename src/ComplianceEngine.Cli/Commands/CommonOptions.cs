using System.CommandLine;
using System.Globalization;
using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Output format of a report.</summary>
internal enum ReportFormat
{
    /// <summary>Markdown gap report.</summary>
    Md,

    /// <summary>JSON contract (docs/json-report.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>A self-contained HTML page of the Markdown report.</summary>
    Html,

    /// <summary>One finding a line, <c>file:line:col: severity RULE message</c>, as compilers and linters print.</summary>
    Text,

    /// <summary>JUnit XML: a test suite per file, a test case per rule and location.</summary>
    Junit,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>), shown as annotations.</summary>
    Github,

    /// <summary>The report as a Word document (needs --out).</summary>
    Docx,
}

/// <summary>Options shared by the commands that write reports.</summary>
internal sealed class CommonOptions
{
    public Option<ReportFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Report format: md | json | sarif | html | text | junit | github | docx (docx needs --out)",
        HelpName = "md|json|sarif|html|text|junit|github|docx",
        DefaultValueFactory = _ => ReportFormat.Md,
    };

    public Option<string?> Lang { get; } = new("--lang") { Description = "Report language: vi (default) | en" };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Write the report to this file instead of standard output (replaced atomically)" };

    public Option<string?> RulesetFile { get; } = new("--ruleset") { Description = "Ruleset YAML (default: the built-in rules/ruleset.yaml)" };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Date waivers' 'until' is compared with, YYYY-MM-DD (default: today)" };

    public Option<string[]> Catalogs { get; } = new("--catalog")
    {
        Description = "Legal-document catalogue YAML (format legal-catalog/1) merged with the built-in one; repeatable",
    };

    public Option<string[]> UnitFiles { get; } = new("--units")
    {
        Description = "Unit directory YAML (format unit-directory/1) merged with the built-in rules/catalogs/units.yaml; repeatable",
    };

    public Option<string?> FailOn { get; } = new("--fail-on") { Description = "Lowest severity that makes the exit code 1: error (default) | warning" };

    public Option<int?> MaxWarnings { get; } = new("--max-warnings") { Description = "Exit 1 when there are more than N warnings" };

    public Option<string?> MinSeverity { get; } = new("--min-severity") { Description = "Lowest severity shown in the report: error | warning | info (default)" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print no notices or progress bar on standard error, only errors (the progress bar is shown only on a terminal anyway)" };

    public Option<string?> StdinFilename { get; } = new("--stdin-filename") { Description = "Name of the document read from standard input ('-'), e.g. ke-hoach.md (default <stdin>, read as text)" };

    public Option<string?> Config { get; } = new("--config") { Description = "Configuration file to use instead of the .compliance.yaml found in the folder of the first input or above it" };

    public Option<bool> NoConfig { get; } = new("--no-config") { Description = "Use no configuration file (.compliance.yaml, .complianceignore)" };

    public CommonOptions()
    {
        Lang.AcceptOnlyFromAmong("vi", "en");
        FailOn.AcceptOnlyFromAmong("error", "warning");
        MinSeverity.AcceptOnlyFromAmong("error", "warning", "info");
        MaxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-warnings: N must be 0 or more");
            }
        });
        AsOf.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-of: '{text}' is not a date YYYY-MM-DD");
            }
        });
    }

    /// <summary>A number of seconds in (0, <paramref name="max"/>]: NaN, infinities, zero or less are usage errors (exit 2), checked before anything runs.</summary>
    public static Option<double> Seconds(string name, string description, double defaultValue, double max)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var seconds = result.GetValueOrDefault<double>();
            if (!double.IsFinite(seconds) || seconds <= 0 || seconds > max)
            {
                result.AddError($"{name}: {seconds.ToString(CultureInfo.InvariantCulture)} s is outside (0, {max.ToString(CultureInfo.InvariantCulture)}]");
            }
        });
        return option;
    }

    /// <summary>The options a service (<c>watch</c>, <c>serve</c>) takes from these: language, ruleset, catalogues, units, and the as-of day when asked.</summary>
    public void AddServiceOptionsTo(Command command, bool asOf)
    {
        command.Options.Add(Lang);
        command.Options.Add(RulesetFile);
        if (asOf)
        {
            command.Options.Add(AsOf);
        }

        command.Options.Add(Catalogs);
        command.Options.Add(UnitFiles);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Lang);
        command.Options.Add(Out);
        command.Options.Add(RulesetFile);
        command.Options.Add(AsOf);
        command.Options.Add(Catalogs);
        command.Options.Add(UnitFiles);
        command.Options.Add(FailOn);
        command.Options.Add(MaxWarnings);
        command.Options.Add(MinSeverity);
        command.Options.Add(Quiet);
        command.Options.Add(StdinFilename);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
    }

    /// <summary>
    /// The settings of a run: the command line over the project configuration (<see cref="ProjectSettings"/>), found
    /// from the first of <paramref name="inputs"/> (the working folder when there is none, or for standard input).
    /// </summary>
    public RunSettings Read(ParseResult parse, IReadOnlyList<string>? inputs = null)
    {
        var start = inputs?.FirstOrDefault(i => i != ReportRunner.StdinArgument) ?? ".";
        var project = parse.GetValue(NoConfig) ? ProjectSettings.None : ProjectSettings.Find(start, parse.GetValue(Config));
        var config = project.Config;
        var lang = parse.GetValue(Lang);
        return new RunSettings(
            parse.GetValue(Format),
            lang is not null ? (lang == "en" ? Language.En : Language.Vi) : config?.Language ?? Language.Vi,
            parse.GetValue(Out),
            parse.GetValue(RulesetFile) ?? config?.Ruleset,
            parse.GetValue(AsOf) is { } asOf ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.Today))
        {
            CatalogFiles = [.. config?.Catalogs ?? [], .. parse.GetValue(Catalogs) ?? []],
            UnitFiles = [.. config?.Units ?? [], .. parse.GetValue(UnitFiles) ?? []],
            FailOn = SeverityOf(parse.GetValue(FailOn)) ?? config?.FailOn ?? Severity.Error,
            MaxWarnings = parse.GetValue(MaxWarnings) ?? config?.MaxWarnings,
            MinSeverity = SeverityOf(parse.GetValue(MinSeverity)) ?? config?.MinSeverity ?? Severity.Info,
            Quiet = parse.GetValue(Quiet),
            StdinFilename = parse.GetValue(StdinFilename),
            Project = project,
        };
    }

    /// <summary>The severity named on the command line or in a configuration file; null when not named.</summary>
    public static Severity? SeverityOf(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}

/// <summary>The settings of one run, read from the command line.</summary>
internal sealed record RunSettings(ReportFormat Format, Language Language, string? Out, string? RulesetFile, DateOnly AsOf)
{
    /// <summary>User legal-document catalogues (<c>--catalog</c>), merged in this order into the built-in one.</summary>
    public IReadOnlyList<string> CatalogFiles { get; init; } = [];

    /// <summary>User unit directories (<c>--units</c>), merged in this order into the built-in one.</summary>
    public IReadOnlyList<string> UnitFiles { get; init; } = [];

    /// <summary>Findings of this severity or higher make the exit code 1 (<c>--fail-on</c>).</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>More warnings than this make the exit code 1 (<c>--max-warnings</c>); no limit when null.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>Findings below this severity are left out of the report (<c>--min-severity</c>); they still count for the exit code.</summary>
    public Severity MinSeverity { get; init; } = Severity.Info;

    /// <summary>No notices or progress bar on standard error, only errors (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }

    /// <summary>The name given to a document read from standard input (<c>--stdin-filename</c>); <c>&lt;stdin&gt;</c> when null.</summary>
    public string? StdinFilename { get; init; }

    /// <summary>The configuration file and ignore patterns of the project, or the error that stops the run.</summary>
    public ProjectSettings Project { get; init; } = ProjectSettings.None;
}
