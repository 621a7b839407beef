using ComplianceEngine.Core.Loading;
using Spectre.Console;

namespace ComplianceEngine.Cli.Progress;

/// <summary>
/// Progress of a long load on standard error: a Spectre.Console bar of the files read, shown only when standard error is
/// a terminal and <c>--quiet</c> is not given — never in a pipe, a file or CI, where it would only be noise.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Whether to draw a bar: not asked to be quiet, and standard error is a terminal.</summary>
    public static bool Shown(bool quiet, bool errorRedirected) => !quiet && !errorRedirected;

    /// <summary>Runs <paramref name="work"/> with a progress bar when <see cref="Shown"/>, else with no progress at all (null).</summary>
    public static T Run<T>(bool quiet, Language language, Func<ILoadProgress?, T> work)
    {
        if (!Shown(quiet, Console.IsErrorRedirected))
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new BarProgress(context, language)));
    }

    // One bar: its length is the number of files once the folders are scanned; each file read moves it on. When the last
    // is read, a second line says the plans are being checked (no measure of that: it runs to the end of the work).
    private sealed class BarProgress(ProgressContext context, Language language) : ILoadProgress
    {
        private readonly Lock gate = new();
        private readonly ProgressTask task = context.AddTask(Markup.Escape(TextTable.Report.Get("progress-reading", language)), autoStart: true, maxValue: 1);

        public void Started(int files)
        {
            lock (gate)
            {
                task.MaxValue = Math.Max(1, files);
            }
        }

        // Called from the loading threads at once.
        public void FileLoaded(string file)
        {
            lock (gate)
            {
                task.Increment(1);
                if (task.IsFinished)
                {
                    context.AddTask(Markup.Escape(TextTable.Report.Get("progress-checking", language))).IsIndeterminate = true;
                }
            }
        }
    }
}
