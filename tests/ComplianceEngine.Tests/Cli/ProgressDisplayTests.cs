using ComplianceEngine.Cli.Progress;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Cli;

/// <summary>
/// The progress bar of long loads: drawn only on a terminal and without <c>--quiet</c>; silent in pipes, files and CI
/// (as here, where standard error is redirected); and the load reports every file to it, from all its threads.
/// </summary>
public sealed class ProgressDisplayTests
{
    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public void Shown_OnlyOnATerminalWithoutQuiet(bool quiet, bool redirected, bool shown) =>
        Assert.Equal(shown, ProgressDisplay.Shown(quiet, redirected));

    [Fact]
    public void StandardErrorRedirected_WorkRunsWithoutProgress()
    {
        var seen = new List<ILoadProgress?>();
        var result = ProgressDisplay.Run(quiet: false, Language.Vi, progress =>
        {
            seen.Add(progress);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal([null], seen);
    }

    [Fact]
    public void FolderLoad_ReportsTheCountThenEveryFile()
    {
        var progress = new Recording();
        var folder = Repo.Path("fixtures", "cascades", "lai-chau-2026");
        var loaded = PlanLoader.Load([folder], [], null, progress);

        var files = PlanLoader.ScanFolder(folder).Count;
        Assert.Equal([files], progress.Started);
        Assert.Equal(files, progress.Files.Count);
        Assert.Equal(loaded.Plans.Select(p => p.Location.File).Order(StringComparer.Ordinal), progress.Files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AuditWithQuiet_NoProgressOnStandardError()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--quiet", "--format", "json");

        Assert.Equal(1, result.ExitCode); // the cascade has error-level gaps: --quiet is accepted and changes nothing else
        Assert.DoesNotContain("\u001b[", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Đang đọc", result.Stderr, StringComparison.Ordinal); // "Reading": the bar's label
    }

    private sealed class Recording : ILoadProgress
    {
        public List<int> Started { get; } = [];

        public System.Collections.Concurrent.ConcurrentBag<string> Files { get; } = [];

        void ILoadProgress.Started(int files) => Started.Add(files);

        public void FileLoaded(string file) => Files.Add(file);
    }
}
