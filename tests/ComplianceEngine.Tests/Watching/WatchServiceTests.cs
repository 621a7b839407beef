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

    // Waits (bounded) until report.json satisfies the condition; returns its summary.
    private JsonElement WaitForReport(Func<JsonElement, bool> done)
    {
        var path = Path.Combine(Out, "report.json");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
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
            Assert.True(File.Exists(Path.Combine(Out, "report.md")) && File.Exists(Path.Combine(Out, "report.sarif")));

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
