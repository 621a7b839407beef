using System.Net.Http.Json;
using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Cli.Serving;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Tests.Serving;

/// <summary>
/// <c>compliance serve</c> in-process, on Kestrel at a free loopback port, over a temporary copy of plans; the state
/// file beside it survives <see cref="Restart"/>.
/// </summary>
internal sealed class ServeHarness : IAsyncDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ce-serve-").FullName;
    private WebApplication? app;

    public ServeHarness(long maxUploadBytes = 10 * 1024 * 1024, bool publishReports = false)
    {
        PublishReports = publishReports;
        Directory.CreateDirectory(Folder);
        MaxUploadBytes = maxUploadBytes;
    }

    public string Folder => Path.Combine(root, "plans");

    public string StateFile => Path.Combine(root, "state.db");

    public long MaxUploadBytes { get; }

    public bool PublishReports { get; }

    public string OutFolder => Path.Combine(root, "reports");

    public HttpClient Http { get; private set; } = new();

    public string BaseAddress { get; private set; } = string.Empty;

    public FolderState State => app!.Services.GetRequiredService<FolderState>();

    /// <summary>Copies the YAML plans of a constructed cascade into the folder.</summary>
    public void AddCascade(string name)
    {
        foreach (var f in Directory.EnumerateFiles(Repo.Path("fixtures", "cascades", name), "*.yaml"))
        {
            File.Copy(f, Path.Combine(Folder, Path.GetFileName(f)));
        }
    }

    public async Task StartAsync()
    {
        var options = new ServeOptions(Folder, "http://127.0.0.1:0", StateFile, new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf))
        {
            Debounce = TimeSpan.FromMilliseconds(100),
            Rescan = TimeSpan.FromSeconds(1),
            MaxUploadBytes = MaxUploadBytes,
            OutFolder = PublishReports ? OutFolder : null,
        };
        Assert.Empty(options.Validate());
        var (setup, error) = AuditSetup.Load(options.Settings);
        Assert.Null(error);
        app = ServeHost.Build(options, setup!, logging: Environment.GetEnvironmentVariable("CE_SERVE_LOG") == "1" ? b => b.AddSimpleConsole(o => o.SingleLine = true) : _ => { });
        await app.StartAsync();
        BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Http = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        await WaitFor(async () => (await Http.GetAsync("/healthz")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "the first scan");
    }

    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        Http.Dispose();
    }

    public async Task Restart()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task<JsonElement> Status() => await Http.GetFromJsonAsync<JsonElement>("/api/status");

    /// <summary>Waits until <paramref name="done"/> holds; fails after <paramref name="within"/>.</summary>
    public static async Task WaitFor(Func<Task<bool>> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: not reached in {within.TotalSeconds} s");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
