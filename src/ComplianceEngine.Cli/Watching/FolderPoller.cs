using System.Threading.Channels;
using ComplianceEngine.Core.Loading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Watching;

/// <summary>A request to refresh the reports, with why.</summary>
internal sealed record RefreshRequest(int Added, int Changed, int Removed);

/// <summary>
/// Looks at the watched folder every interval and, when a plan file was added, changed or removed, asks for a refresh
/// through a bounded channel of capacity one: a burst of edits coalesces into a single report. Polling (not
/// FileSystemWatcher) so that network shares and editors that replace files behave the same.
/// </summary>
internal sealed partial class FolderPoller(WatchOptions options, Channel<RefreshRequest> channel, ILogger<FolderPoller> logger) : BackgroundService
{
    private Dictionary<string, (long Length, DateTime Written)> known = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var first = true;
        using var timer = new PeriodicTimer(options.Interval);
        do
        {
            try
            {
                var now = Snapshot();
                var added = now.Keys.Count(k => !known.ContainsKey(k));
                var removed = known.Keys.Count(k => !now.ContainsKey(k));
                var changed = now.Count(kv => known.TryGetValue(kv.Key, out var old) && old != kv.Value);
                known = now;
                if (first || added + removed + changed > 0)
                {
                    LogChange(logger, added, changed, removed);
                    await channel.Writer.WriteAsync(new RefreshRequest(added, changed, removed), stoppingToken).ConfigureAwait(false);
                }

                first = false;
            }
            catch (IOException e)
            {
                // A file being copied or a share that blinked: look again at the next tick.
                LogScanFailed(logger, options.Folder, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private Dictionary<string, (long, DateTime)> Snapshot() =>
        PlanLoader.ScanFolder(options.Folder)
            .Select(f => new FileInfo(f))
            .ToDictionary(f => f.FullName, f => (f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plans changed: {Added} added, {Changed} changed, {Removed} removed")]
    private static partial void LogChange(ILogger logger, int added, int changed, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not scan {Folder}: {Reason}; retrying")]
    private static partial void LogScanFailed(ILogger logger, string folder, string reason);
}
