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

    /// <summary>The report as a Word document (needs --out).</summary>
    Docx,
}

/// <summary>Options shared by the commands that write reports.</summary>
internal sealed class CommonOptions
{
    public Option<ReportFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Report format: md | json | sarif | html | docx (docx needs --out)",
        DefaultValueFactory = _ => ReportFormat.Md,
    };

    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Report language: vi (default) | en",
        DefaultValueFactory = _ => "vi",
    };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Write the report to this file instead of standard output" };

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

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress bar on standard error (it is shown only on a terminal anyway)" };

    public CommonOptions()
    {
        Lang.AcceptOnlyFromAmong("vi", "en");
        AsOf.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-of: '{text}' is not a date YYYY-MM-DD");
            }
        });
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
        command.Options.Add(Quiet);
    }

    public RunSettings Read(ParseResult parse) => new(
        parse.GetValue(Format),
        parse.GetValue(Lang) == "en" ? Language.En : Language.Vi,
        parse.GetValue(Out),
        parse.GetValue(RulesetFile),
        parse.GetValue(AsOf) is { } asOf ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.Today))
    {
        CatalogFiles = parse.GetValue(Catalogs) ?? [],
        UnitFiles = parse.GetValue(UnitFiles) ?? [],
        Quiet = parse.GetValue(Quiet),
    };
}

/// <summary>The settings of one run, read from the command line.</summary>
internal sealed record RunSettings(ReportFormat Format, Language Language, string? Out, string? RulesetFile, DateOnly AsOf)
{
    /// <summary>User legal-document catalogues (<c>--catalog</c>), merged in this order into the built-in one.</summary>
    public IReadOnlyList<string> CatalogFiles { get; init; } = [];

    /// <summary>User unit directories (<c>--units</c>), merged in this order into the built-in one.</summary>
    public IReadOnlyList<string> UnitFiles { get; init; } = [];

    /// <summary>No progress bar (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }
}
