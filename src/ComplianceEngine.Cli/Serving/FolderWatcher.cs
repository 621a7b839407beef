using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Serving;

/// <summary>
/// Keeps <see cref="FolderState"/> current. File-system events go into a bounded channel (a full channel asks for a
/// rescan instead of blocking the watcher); each path waits until it has been quiet for the debounce, so an editor's
/// burst of writes or a copy in progress is read once; a periodic rescan compares every file's fingerprint with what is
/// known, for the events that get dropped and the network shares that send none. Files that cannot be read yet (locked)
/// and the children made suspect by a parent's change are queued again. One failing batch is logged; the service goes on.
/// </summary>
internal sealed partial class FolderWatcher(ServeOptions options, FolderState state, GenerationPublisher publisher, ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly Channel<string> events = Channel.CreateBounded<string>(new BoundedChannelOptions(4096)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private volatile bool rescanRequested;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var pending = new Dictionary<string, (DateTime Due, bool Force)>(StringComparer.Ordinal);
        Enqueue(pending, Safely(state.Start), force: false);

        using var watcher = new FileSystemWatcher(Path.GetFullPath(options.Folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Post(e.FullPath);
        watcher.Changed += (_, e) => Post(e.FullPath);
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(e.OldFullPath);
            Post(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // The watcher's buffer overflowed: events were lost, the rescan finds what they said.
            LogWatcherError(logger, e.GetException().Message);
            rescanRequested = true;
        };
        watcher.EnableRaisingEvents = true;

        var nextRescan = DateTime.UtcNow + options.Rescan;
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (await tick.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            while (events.Reader.TryRead(out var path))
            {
                pending[path] = (DateTime.UtcNow + options.Debounce, pending.TryGetValue(path, out var p) && p.Force);
            }

            if (rescanRequested || DateTime.UtcNow >= nextRescan)
            {
                rescanRequested = false;
                nextRescan = DateTime.UtcNow + options.Rescan;
                foreach (var path in Safely(() => new FolderState.Outcome(state.ChangedOnDisk(), [])).Retry)
                {
                    pending.TryAdd(path, (DateTime.UtcNow, false));
                }
            }

            var now = DateTime.UtcNow;
            foreach (var force in new[] { false, true })
            {
                var due = pending.Where(p => p.Value.Due <= now && p.Value.Force == force).Select(p => p.Key).ToList();
                if (due.Count == 0)
                {
                    continue;
                }

                foreach (var path in due)
                {
                    pending.Remove(path);
                }

                Enqueue(pending, Safely(() => state.Apply(due, force)), force);
            }
        }
    }

    private void Post(string path)
    {
        if (!events.Writer.TryWrite(path))
        {
            rescanRequested = true;
        }
    }

    private void Enqueue(Dictionary<string, (DateTime Due, bool Force)> pending, FolderState.Outcome outcome, bool force)
    {
        var later = DateTime.UtcNow + options.Debounce;
        foreach (var path in outcome.Retry)
        {
            pending[path] = (later, force);
        }

        foreach (var path in outcome.Suspects)
        {
            pending.TryAdd(path, (later, true));
        }
    }

    private FolderState.Outcome Safely(Func<FolderState.Outcome> run)
    {
        try
        {
            var outcome = run();
            publisher.Request();
            return outcome;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            LogBatchFailed(logger, e.GetType().Name, e.Message);
            rescanRequested = true;
            return new FolderState.Outcome([], []);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File-system watcher error ({Reason}); rescanning the folder")]
    private static partial void LogWatcherError(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A re-check failed ({Kind}: {Reason}); the folder will be rescanned")]
    private static partial void LogBatchFailed(ILogger logger, string kind, string reason);
}
