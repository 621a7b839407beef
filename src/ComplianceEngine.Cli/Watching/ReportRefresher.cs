using System.Text;
using System.Threading.Channels;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Loading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Watching;

/// <summary>
/// Takes refresh requests off the channel and rewrites the reports of the watched folder (Markdown, JSON, SARIF), each
/// replaced atomically so that a reader never sees half a report. A failure is logged for that request and the service
/// goes on with the next one.
/// </summary>
internal sealed partial class ReportRefresher(WatchOptions options, AuditSetup setup, Channel<RefreshRequest> channel, ILogger<ReportRefresher> logger) : BackgroundService
{
    private static readonly (ReportFormat Format, string File)[] Outputs =
    [
        (ReportFormat.Md, "report.md"), (ReportFormat.Json, "report.json"), (ReportFormat.Sarif, "report.sarif"),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in channel.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                Refresh();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogRefreshFailed(logger, options.OutFolder, e.Message);
            }
        }
    }

    private void Refresh()
    {
        var settings = options.Settings;
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        var (report, errors, skipped) = setup.Run([options.Folder], [], reportContext: true, asOf);
        Directory.CreateDirectory(options.OutFolder);
        foreach (var (format, file) in Outputs)
        {
            var target = Path.Combine(options.OutFolder, file);
            var temp = target + ".tmp";
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
            {
                ReportRunner.WriterFor(format).Write(report, settings.Language, writer);
            }

            File.Move(temp, target, overwrite: true);
        }

        foreach (var error in errors)
        {
            LogInputError(logger, error.Location.File, error.Location.Line, error.Location.Column, Core.Text.TextTable.InputErrors.Get(error.Code, settings.Language, error.Args));
        }

        foreach (var notice in skipped)
        {
            LogSkipped(logger, notice.Location.File, Core.Text.TextTable.InputErrors.Get(notice.Code, settings.Language, notice.Args));
        }

        var s = report.Summary;
        LogRefreshed(logger, report.Plans.Count, s.Errors, s.Warnings, errors.Count, options.OutFolder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports refreshed: {Plans} plans, {Errors} errors, {Warnings} warnings, {InputErrors} unreadable files → {OutFolder}")]
    private static partial void LogRefreshed(ILogger logger, int plans, int errors, int warnings, int inputErrors, string outFolder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable plan {File}:{Line}:{Column}: {Message}")]
    private static partial void LogInputError(ILogger logger, string file, int line, int column, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {File}: {Message}")]
    private static partial void LogSkipped(ILogger logger, string file, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the reports to {OutFolder}: {Reason}; will retry on the next change")]
    private static partial void LogRefreshFailed(ILogger logger, string outFolder, string reason);
}
