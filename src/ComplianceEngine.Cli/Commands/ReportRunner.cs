using ComplianceEngine.Cli.Progress;
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
    /// <param name="then">A step after the report is written (an annotated copy); its exit code, when not null, wins over the findings'.</param>
    public static int Run(RunSettings settings, IReadOnlyList<string> inputs, IReadOnlyList<string> context, bool reportContext, Func<Report, int?>? then = null)
    {
        // A Word report is binary: written to a file, never to a terminal or a pipe.
        if (settings.Format == ReportFormat.Docx && settings.Out is null)
        {
            Console.Error.WriteLine(InputErrorText.Render(InputError.At(SourceLocation.FileOnly("--format docx"), "binary-needs-out"), settings.Language));
            return ExitCodes.BadInput;
        }

        var (setup, setupError) = AuditSetup.Load(settings);
        if (setupError is not null)
        {
            Console.Error.WriteLine(InputErrorText.Render(setupError, settings.Language));
            return ExitCodes.BadInput;
        }

        var (report, errors, skipped) = ProgressDisplay.Run(settings.Quiet, settings.Language, progress => setup!.Run(inputs, context, reportContext, settings.AsOf, progress));
        Write(report, settings);

        // Files a folder scan passed over (an answer key, a ruleset): said on standard error, never an error.
        foreach (var notice in skipped)
        {
            Console.Error.WriteLine(InputErrorText.Render(notice, settings.Language));
        }

        foreach (var error in errors)
        {
            Console.Error.WriteLine(InputErrorText.Render(error, settings.Language));
        }

        if (then?.Invoke(report) is { } code)
        {
            return code;
        }

        return errors.Count > 0 ? ExitCodes.BadInput
            : report.Summary.Errors > 0 ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    /// <summary>The writer of a format.</summary>
    public static IReportWriter WriterFor(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        _ => new MarkdownReportWriter(),
    };

    internal static Ruleset? LoadRuleset(RunSettings settings, RuleCatalog catalog, out InputError? error)
    {
        var (ruleset, e) = settings.RulesetFile is { } file
            ? Ruleset.TryLoad(file, catalog)
            : Ruleset.TryParse(RuleAssembly.ReadResource("rules/ruleset.yaml"), "rules/ruleset.yaml", catalog);
        error = e;
        return ruleset;
    }

    // The built-in catalogue travels in the rules assembly; each --catalog file is merged into it, in order.
    internal static LegalCatalog? LoadLegalCatalog(RunSettings settings, out InputError? error)
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
        if (settings.Format == ReportFormat.Docx)
        {
            using var stream = File.Create(settings.Out!);
            new DocxReportWriter().Write(report, settings.Language, stream);
            return;
        }

        var writer = WriterFor(settings.Format);
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
