using System.Threading.Channels;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Cli.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Serving;

/// <summary>
/// With <c>serve --out DIR</c>: after re-checks, the whole folder's reports (Markdown, JSON, SARIF) are published as one
/// generation, as <c>watch</c> does (<see cref="ReportGenerations"/>). They are evaluated from the plans in memory —
/// nothing is read again — off the re-check path, and a burst of re-checks makes one generation (a channel of one).
/// </summary>
internal sealed partial class GenerationPublisher(ServeOptions options, FolderState state, AuditSetup setup, ILogger<GenerationPublisher> logger) : BackgroundService
{
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Asks for a new generation (coalesced with any request not yet served).</summary>
    public void Request() => requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.OutFolder is null)
        {
            return;
        }

        var generations = new ReportGenerations(options.OutFolder);
        var published = -1;
        await foreach (var _ in requests.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!state.Ready || state.Version == published)
            {
                continue; // a rescan that found nothing new
            }

            published = state.Version;
            try
            {
                var errors = state.View.BrokenFiles.Select(f => f.Error!).ToList();
                var report = setup.Evaluate(state.Plans, errors, null, options.Settings.AsOf);
                LogPublished(logger, report.Plans.Count, generations.Publish(report, options.Settings.Language));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogFailed(logger, options.OutFolder, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports published: {Plans} plans → {Generation}")]
    private static partial void LogPublished(ILogger logger, int plans, string generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the reports to {OutFolder}: {Reason}; will retry on the next change")]
    private static partial void LogFailed(ILogger logger, string outFolder, string reason);
}
