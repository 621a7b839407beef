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
    /// <summary>The argument that names standard input instead of a file.</summary>
    public const string StdinArgument = "-";

    /// <summary>How a document read from standard input is named in locations when <c>--stdin-filename</c> is not given.</summary>
    public const string StdinName = "<stdin>";

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

        var piped = inputs.Contains(StdinArgument) ? PlanLoader.LoadBytes(ReadStdin(setup!.Ruleset.Limits.MaxFileBytes), settings.StdinFilename ?? StdinName, setup.Ruleset.Limits) : null;
        var files = inputs.Where(i => i != StdinArgument).ToList();
        var (report, errors, skipped) = ProgressDisplay.Run(settings.Quiet, settings.Language, progress => setup!.Run(files, context, reportContext, settings.AsOf, progress, piped));
        var shown = settings.MinSeverity == Severity.Info ? report : report with
        {
            Findings = report.Findings.Where(f => f.Severity >= settings.MinSeverity).ToList(),
            Waived = report.Waived.Where(w => w.Finding.Severity >= settings.MinSeverity).ToList(),
        };
        if (Write(shown, settings) is { } writeError)
        {
            Console.Error.WriteLine(InputErrorText.Render(writeError, settings.Language));
            return ExitCodes.BadInput;
        }

        // Files a folder scan passed over (an answer key, a ruleset): said on standard error, never an error.
        if (!settings.Quiet)
        {
            foreach (var notice in skipped)
            {
                Console.Error.WriteLine(InputErrorText.Render(notice, settings.Language));
            }
        }

        foreach (var error in errors)
        {
            Console.Error.WriteLine(InputErrorText.Render(error, settings.Language));
        }

        if (then?.Invoke(report) is { } code)
        {
            return code;
        }

        return errors.Count > 0 ? ExitCodes.BadInput : ExitCode(report.Summary, settings);
    }

    /// <summary>
    /// 1 when a finding is at or above <c>--fail-on</c> or the warnings exceed <c>--max-warnings</c>; 0 otherwise.
    /// Counted over every finding, shown or not: <c>--min-severity</c> hides, it does not pass a gate.
    /// </summary>
    public static int ExitCode(Counts counts, RunSettings settings)
    {
        var failing = counts.Errors + (settings.FailOn <= Severity.Warning ? counts.Warnings : 0) + (settings.FailOn <= Severity.Info ? counts.Infos : 0);
        return failing > 0 || counts.Warnings > settings.MaxWarnings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>The writer of a format.</summary>
    public static IReportWriter WriterFor(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        ReportFormat.Text => new TextReportWriter(),
        ReportFormat.Junit => new JunitReportWriter(),
        ReportFormat.Github => new GithubReportWriter(),
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

    /// <summary>
    /// Writes a file atomically: the text goes to a temporary file in the same folder, which then replaces
    /// <paramref name="path"/> in one rename, so a run stopped half-way never leaves a partial file in place of the
    /// previous one. An unwritable place is returned as an input error naming the path, not thrown.
    /// </summary>
    public static InputError? WriteAtomically(string path, Action<TextWriter> write) => WriteStreamAtomically(path, stream =>
    {
        using var file = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        write(file);
    });

    /// <summary>As <see cref="WriteAtomically"/>, for bytes (a Word report).</summary>
    public static InputError? WriteStreamAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            return InputError.At(SourceLocation.FileOnly(path), "out-folder-missing");
        }

        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = File.Create(temp))
            {
                write(file);
            }

            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return InputError.At(SourceLocation.FileOnly(path), "unwritable-out", ("reason", e.Message));
        }
        finally
        {
            // After a failure (or a writer that threw) the temporary file goes; the previous report stays as it was.
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the error that matters is reported.
            }
        }
    }

    private static InputError? Write(Report report, RunSettings settings)
    {
        if (settings.Format == ReportFormat.Docx)
        {
            return WriteStreamAtomically(settings.Out!, stream => new DocxReportWriter().Write(report, settings.Language, stream));
        }

        var writer = WriterFor(settings.Format);
        if (settings.Out is { } path)
        {
            return WriteAtomically(path, file => writer.Write(report, settings.Language, file));
        }

        writer.Write(report, settings.Language, Console.Out);
        return null;
    }

    // Standard input read up to one byte past the size limit: enough for the loader to refuse it by size, never more.
    private static byte[] ReadStdin(long limit)
    {
        using var stdin = Console.OpenStandardInput();
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (bytes.Length <= limit && (read = stdin.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }
}
