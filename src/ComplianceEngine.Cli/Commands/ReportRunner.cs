using ComplianceEngine.Core.Cascade;
using System.Text;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// What <c>check</c> and <c>audit</c> share: load the ruleset and the plans, evaluate, write the report,
/// print input errors on standard error as <c>file:line:col: message</c>, and choose the exit code.
/// </summary>
internal static class ReportRunner
{
    public static int Run(RunSettings settings, IReadOnlyList<string> inputs, IReadOnlyList<string> context, bool reportContext)
    {
        var catalog = RuleAssembly.Catalog;
        var ruleset = LoadRuleset(settings, catalog, out var rulesetError);
        if (rulesetError is not null)
        {
            Console.Error.WriteLine(InputErrorText.Render(rulesetError, settings.Language));
            return ExitCodes.BadInput;
        }

        var legal = LoadLegalCatalog(settings, out var catalogError);
        if (catalogError is not null)
        {
            Console.Error.WriteLine(InputErrorText.Render(catalogError, settings.Language));
            return ExitCodes.BadInput;
        }

        var units = RuleAssembly.Units;
        foreach (var file in settings.UnitFiles)
        {
            var (user, unitError) = UnitDirectory.TryLoad(file);
            if (unitError is not null)
            {
                Console.Error.WriteLine(InputErrorText.Render(unitError, settings.Language));
                return ExitCodes.BadInput;
            }

            units = units.Merge(user!);
        }

        var loaded = PlanLoader.Load(inputs);
        var contextLoaded = context.Count > 0 ? PlanLoader.Load(context) : new LoadResult([], []);
        var ids = loaded.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var plans = loaded.Plans.Concat(contextLoaded.Plans.Where(p => !ids.Contains(p.Id))).ToList();
        var errors = loaded.Errors.Concat(contextLoaded.Errors).ToList();

        var evaluation = new RuleEngine(catalog, ruleset!, new EngineOptions(settings.AsOf) { Catalog = legal, Units = units }).Evaluate(plans);
        var report = Report.From(evaluation, errors, reportContext ? null : ids, reported => RuleAssembly.Trace(reported, evaluation, ruleset!, units));
        Write(report, settings);

        foreach (var error in errors)
        {
            Console.Error.WriteLine(InputErrorText.Render(error, settings.Language));
        }

        return errors.Count > 0 ? ExitCodes.BadInput
            : report.Summary.Errors > 0 ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    private static Ruleset? LoadRuleset(RunSettings settings, RuleCatalog catalog, out InputError? error)
    {
        var (ruleset, e) = settings.RulesetFile is { } file
            ? Ruleset.TryLoad(file, catalog)
            : Ruleset.TryParse(RuleAssembly.ReadResource("rules/ruleset.yaml"), "rules/ruleset.yaml", catalog);
        error = e;
        return ruleset;
    }

    // The built-in catalogue travels in the rules assembly; each --catalog file is merged into it, in order.
    private static LegalCatalog? LoadLegalCatalog(RunSettings settings, out InputError? error)
    {
        LegalCatalog? catalog = RuleAssembly.LegalCatalog;
        InputError? e = null;
        foreach (var file in settings.CatalogFiles)
        {
            if (e is not null)
            {
                break;
            }

            (var user, e) = LegalCatalog.TryLoad(file);
            catalog = user is null ? null : catalog!.Merge(user);
        }

        error = e;
        return catalog;
    }

    private static void Write(Report report, RunSettings settings)
    {
        IReportWriter writer = settings.Format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Sarif => new SarifReportWriter(),
            ReportFormat.Html => new HtmlReportWriter(),
            _ => new MarkdownReportWriter(),
        };

        if (settings.Out is { } path)
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            writer.Write(report, settings.Language, file);
        }
        else
        {
            writer.Write(report, settings.Language, Console.Out);
        }
    }
}
