using System.Threading.Channels;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Loading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Watching;

/// <summary>
/// Takes refresh requests off the channel and publishes the reports of the watched folder (Markdown, JSON, SARIF) as
/// one generation (<see cref="ReportGenerations"/>), so that a reader never sees half a report or a mix of two. A failure is logged for that request and the service
/// goes on with the next one.
/// </summary>
internal sealed partial class ReportRefresher(WatchOptions options, AuditSetup setup, Channel<RefreshRequest> channel, ILogger<ReportRefresher> logger) : BackgroundService
{
    private readonly ReportGenerations generations = new(options.OutFolder);

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
        var generation = generations.Publish(report, settings.Language);

        foreach (var error in errors)
        {
            LogInputError(logger, error.Location.File, error.Location.Line, error.Location.Column, TextTable.InputErrors.Get(error.Code, settings.Language, error.Args));
        }

        foreach (var notice in skipped)
        {
            LogSkipped(logger, notice.Location.File, Core.Localization.TextTable.InputErrors.Get(notice.Code, settings.Language, notice.Args));
        }

        var s = report.Summary;
        LogRefreshed(logger, report.Plans.Count, s.Errors, s.Warnings, errors.Count, generation);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports refreshed: {Plans} plans, {Errors} errors, {Warnings} warnings, {InputErrors} unreadable files → {Generation}")]
    private static partial void LogRefreshed(ILogger logger, int plans, int errors, int warnings, int inputErrors, string generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable plan {File}:{Line}:{Column}: {Message}")]
    private static partial void LogInputError(ILogger logger, string file, int line, int column, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {File}: {Message}")]
    private static partial void LogSkipped(ILogger logger, string file, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the reports to {OutFolder}: {Reason}; will retry on the next change")]
    private static partial void LogRefreshFailed(ILogger logger, string outFolder, string reason);
}
