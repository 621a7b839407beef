using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Cli.Watching;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Watching;

/// <summary>The watch service in-process: reports follow plans being dropped, broken and removed, without anyone running a command.</summary>
public sealed class WatchServiceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ce-watch-").FullName;

    private string Plans => Path.Combine(root, "plans");

    private string Out => Path.Combine(root, "reports");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private WatchOptions Options() =>
        new(Plans, Out, TimeSpan.FromMilliseconds(200), new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf));

    // Waits (bounded) until the current generation's report.json satisfies the condition; returns its summary. The
    // generation is resolved once and every file is read from it, as README tells readers to.
    private JsonElement WaitForReport(Func<JsonElement, bool> done)
    {
        var generations = new ReportGenerations(Out);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (generations.ResolveCurrent() is { } generation)
            {
                Assert.True(ReportGenerations.IsComplete(generation), generation + " is not a whole generation");
                using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(generation, "report.json")));
                var summary = doc.RootElement.GetProperty("summary").Clone();
                if (done(summary))
                {
                    return summary;
                }
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("the reports did not reach the expected state in 30 s");
    }

    [Fact]
    public async Task DroppedEditedAndRemovedPlans_KeepTheReportsCurrent()
    {
        Directory.CreateDirectory(Plans);
        foreach (var f in Directory.EnumerateFiles(Repo.Path("fixtures", "cascades", "thanh-hoa-2019"), "*.yaml"))
        {
            File.Copy(f, Path.Combine(Plans, Path.GetFileName(f)));
        }

        var (setup, error) = AuditSetup.Load(Options().Settings);
        Assert.Null(error);
        using var host = WatchHost.Build(Options(), setup!, logging: _ => { });
        await host.StartAsync();
        try
        {
            WaitForReport(s => s.GetProperty("plans").GetInt32() == 4);
            Assert.True(File.Exists(Path.Combine(Out, "current", "report.md")) && File.Exists(Path.Combine(Out, "current", "report.sarif")));

            // A broken plan is reported; the others are still checked.
            File.WriteAllText(Path.Combine(Plans, "broken.yaml"), "id: x\ntitle: [\n");
            var withBroken = WaitForReport(s => s.GetProperty("inputErrors").GetInt32() == 1);
            Assert.Equal(4, withBroken.GetProperty("plans").GetInt32());

            // Removing the compliant hospital and the broken file.
            File.Delete(Path.Combine(Plans, "broken.yaml"));
            File.Delete(Path.Combine(Plans, "03-bvdk-cam-thuy-2019.yaml"));
            WaitForReport(s => s.GetProperty("plans").GetInt32() == 3 && s.GetProperty("inputErrors").GetInt32() == 0);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void KilledWithSigkillDuringRefreshes_LeavesCurrentOnAWholeGeneration()
    {
        // The honest version: the real executable in a child process, refreshing continuously (a plan is rewritten
        // every 20 ms or so), killed with SIGKILL at varying moments; after each kill the generation `current` points at is
        // whole (manifest digests match) and so is every generation folder that is not a leftover `.partial`.
        Directory.CreateDirectory(Plans);
        foreach (var cascade in new[] { "thanh-hoa-2019", "lai-chau-2026" })
        {
            foreach (var f in Directory.EnumerateFiles(Repo.Path("fixtures", "cascades", cascade), "*.yaml"))
            {
                File.Copy(f, Path.Combine(Plans, Path.GetFileName(f)));
            }
        }

        var edited = Directory.EnumerateFiles(Plans, "*.yaml").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(edited);
        var generations = new ReportGenerations(Out);
        var partialsSeen = 0;
        for (var round = 0; round < 3; round++)
        {
            using var process = Support.Cli.Start("watch", Plans, "--out", Out, "--interval", "0.05");
            var published = DateTime.UtcNow.AddSeconds(30);
            while (generations.ResolveCurrent() is null && DateTime.UtcNow < published)
            {
                Thread.Sleep(20);
            }

            Assert.NotNull(generations.ResolveCurrent());
            // Edits until a refresh is seen writing (a `.partial` folder exists), then kills at once: most rounds
            // land in the middle of writing a generation.
            var until = DateTime.UtcNow.AddSeconds(5);
            var n = 0;
            while (DateTime.UtcNow < until && !Directory.EnumerateDirectories(generations.Folder, "*.partial").Any())
            {
                if (n++ % 10 == 0)
                {
                    File.WriteAllText(edited, original + $"\n# edit {round}.{n}\n");
                }

                Thread.Sleep(2);
            }

            process.Kill(); // SIGKILL on Unix
            process.WaitForExit();

            var current = generations.ResolveCurrent();
            Assert.NotNull(current);
            Assert.True(ReportGenerations.IsComplete(current!), $"round {round}: current → {current} is not whole");
            foreach (var dir in Directory.EnumerateDirectories(generations.Folder))
            {
                if (dir.EndsWith(".partial", StringComparison.Ordinal))
                {
                    partialsSeen++;
                }
                else
                {
                    Assert.True(ReportGenerations.IsComplete(dir), $"round {round}: {dir} is not whole");
                }
            }
        }

        // Leftovers of killed refreshes are removed by the next publish.
        var (setup, _) = AuditSetup.Load(Options().Settings);
        var report = setup!.Run([Plans], [], reportContext: true, RuleHarness.AsOf).Report;
        generations.Publish(report, Language.Vi);
        Assert.DoesNotContain(Directory.EnumerateDirectories(generations.Folder), d => d.EndsWith(".partial", StringComparison.Ordinal));
        Assert.True(Directory.EnumerateDirectories(generations.Folder).Count() <= ReportGenerations.Keep);
        Console.WriteLine($"partial generations left by the kills: {partialsSeen}");
    }

    [Fact]
    public void Options_RejectAMissingFolderAndReportsInsideTheWatchedFolder()
    {
        var inside = Options() with { OutFolder = Path.Combine(Plans, "reports") };

        Assert.Contains(inside.Validate(), p => p.Contains("no such folder", StringComparison.Ordinal));
        Assert.Contains(inside.Validate(), p => p.StartsWith("--out", StringComparison.Ordinal));
    }

    [Fact]
    public void WatchCommand_WithMissingFolder_Exits2()
    {
        var result = Support.Cli.Run("watch", Path.Combine(root, "nope"), "--out", Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such folder", result.Stderr);
    }
}
