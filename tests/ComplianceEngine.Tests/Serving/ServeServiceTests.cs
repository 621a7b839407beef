using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Cli.Serving;
using ComplianceEngine.Cli.Watching;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Serving;

/// <summary>The serve service in-process on a loopback port: plans dropped, edited, broken, removed; restarts; the draft API and its safety.</summary>
public sealed class ServeServiceTests
{
    private const string BoYTe = "01-bo-y-te-2019.yaml";

    private static string Fixture(string cascade, string file) => Repo.Path("fixtures", "cascades", cascade, file);

    [Fact]
    public async Task DroppedEditedBrokenAndRemovedFiles_FollowTheFolder()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();
        Assert.Equal(4, (await serve.Status()).GetProperty("plans").GetInt32());

        // Dropped: its page within 2 s (the debounce is 100 ms here).
        File.Copy(Fixture("thanh-hoa-2019", BoYTe), Path.Combine(serve.Folder, BoYTe));
        await ServeHarness.WaitFor(async () => (await serve.Http.GetAsync("/plan/bo-y-te-2019")).IsSuccessStatusCode, TimeSpan.FromSeconds(2), "the dropped plan's page");

        // Edited: the page shows the new title.
        var path = Path.Combine(serve.Folder, BoYTe);
        File.WriteAllText(path, File.ReadAllText(path).Replace("ngành Y tế năm 2019", "ngành Y tế năm 2019 (sửa đổi)", StringComparison.Ordinal));
        await ServeHarness.WaitFor(async () => (await serve.Http.GetStringAsync("/plan/bo-y-te-2019")).Contains("(sửa đổi)", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the edited title");

        // Broken: an error entry with its place; the other plans stay and a later drop is still checked.
        File.WriteAllText(Path.Combine(serve.Folder, "hong.yaml"), "format: compliance-plan/1\nid: x\ntitle: [\n");
        await ServeHarness.WaitFor(async () => (await serve.Status()).GetProperty("brokenFiles").GetInt32() == 1, TimeSpan.FromSeconds(10), "the broken file's entry");
        var dashboard = await serve.Http.GetStringAsync("/");
        Assert.Contains("hong.yaml:", dashboard, StringComparison.Ordinal);
        File.Copy(Fixture("thanh-hoa-2019", "02-so-y-te-thanh-hoa-2019.yaml"), Path.Combine(serve.Folder, "02-so-y-te-thanh-hoa-2019.yaml"));
        await ServeHarness.WaitFor(async () => (await serve.Status()).GetProperty("plans").GetInt32() == 6, TimeSpan.FromSeconds(10), "the plan dropped after the broken one");

        // Removed: gone from the dashboard and its page.
        File.Delete(path);
        File.Delete(Path.Combine(serve.Folder, "hong.yaml"));
        await ServeHarness.WaitFor(async () => (await serve.Status()).GetProperty("brokenFiles").GetInt32() == 0, TimeSpan.FromSeconds(10), "the broken file's entry gone");
        await ServeHarness.WaitFor(async () => (await serve.Http.GetAsync("/plan/bo-y-te-2019")).StatusCode == HttpStatusCode.NotFound, TimeSpan.FromSeconds(10), "the removed plan");
        Assert.Equal(5, (await serve.Status()).GetProperty("plans").GetInt32());
        Assert.DoesNotContain("bo-y-te-2019", await serve.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_DoesNotRecheckUnchangedFiles()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        serve.AddCascade("thanh-hoa-2019");
        await serve.StartAsync();
        var first = await serve.Status();
        Assert.Equal(8, first.GetProperty("plansChecked").GetInt32());
        Assert.Equal(0, first.GetProperty("reusedAtStart").GetInt32());

        // Unchanged: nothing is checked again.
        await serve.Restart();
        var second = await serve.Status();
        Assert.Equal(8, second.GetProperty("reusedAtStart").GetInt32());
        Assert.Equal(0, second.GetProperty("plansChecked").GetInt32());

        // A leaf hospital edited while stopped: it and its parent (whose coverage matrix reads it) are checked; 6 are kept.
        var leaf = Path.Combine(serve.Folder, "04-bvdk-tam-duong-2026.yaml");
        File.AppendAllText(leaf, "\n# edited while the service was stopped\n");
        await serve.Restart();
        var third = await serve.Status();
        Assert.Equal(6, third.GetProperty("reusedAtStart").GetInt32());
        Assert.Equal(2, third.GetProperty("plansChecked").GetInt32());
        Assert.Equal(8, third.GetProperty("plans").GetInt32());
    }

    [Fact]
    public async Task ParentChanged_ChildrenAreSuspectUntilRechecked_AndIncrementalFindingsEqualAFullAudit()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();
        await serve.StopAsync(); // the state is driven by hand below, without the watcher

        var options = new ServeOptions(serve.Folder, ServeOptions.DefaultUrls, serve.StateFile, new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf));
        var (setup, _) = AuditSetup.Load(options.Settings);
        using var store = new StateStore(serve.StateFile);
        var state = new FolderState(options, setup!, store, Microsoft.Extensions.Logging.Abstractions.NullLogger<FolderState>.Instance);
        state.Start();
        Assert.DoesNotContain(state.View.Plans, p => p.Suspect);

        var parent = Path.Combine(serve.Folder, "02-so-y-te-lai-chau-2026.yaml");
        File.AppendAllText(parent, "\n# the Sở amended its plan\n");
        var outcome = state.Apply([parent]);

        Assert.Equal(["bvdk-tam-duong-2026", "bvdk-than-uyen-2026"], state.View.Plans.Where(p => p.Suspect).Select(p => p.Record.Id).Order());
        Assert.Equal(2, outcome.Suspects.Count);
        state.Apply(outcome.Suspects, force: true);
        Assert.DoesNotContain(state.View.Plans, p => p.Suspect);

        // What the service stores per plan is what a whole-folder audit finds.
        AssertStoredFindingsEqualAudit(serve, setup!, state.View.Plans);
    }

    [Fact]
    public async Task RenamedAndDuplicatedFiles_AreFollowed()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        var options = new ServeOptions(serve.Folder, ServeOptions.DefaultUrls, serve.StateFile, new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf));
        var (setup, _) = AuditSetup.Load(options.Settings);
        using var store = new StateStore(serve.StateFile);
        var state = new FolderState(options, setup!, store, Microsoft.Extensions.Logging.Abstractions.NullLogger<FolderState>.Instance);
        state.Start();

        // Renamed into a subfolder: the same plan, now read from its new place.
        var old = Path.Combine(serve.Folder, "04-bvdk-tam-duong-2026.yaml");
        var moved = Path.Combine(serve.Folder, "benh-vien", "tam-duong.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        File.Move(old, moved);
        state.Apply([old, Path.GetDirectoryName(moved)!]);
        Assert.Equal("benh-vien/tam-duong.yaml", state.View.Plans.Single(p => p.Record.Id == "bvdk-tam-duong-2026").Record.File);

        // A copy under another name holds an id already taken: an error entry, until the first file goes.
        var copy = Path.Combine(serve.Folder, "ban-sao.yaml");
        File.Copy(moved, copy);
        state.Apply([copy]);
        Assert.Equal("duplicate-plan-id", Assert.Single(state.View.BrokenFiles).Error!.Code);
        File.Delete(moved);
        state.Apply([moved]);
        Assert.Empty(state.View.BrokenFiles);
        Assert.Equal("ban-sao.yaml", state.View.Plans.Single(p => p.Record.Id == "bvdk-tam-duong-2026").Record.File);
    }

    [Fact]
    public async Task SameFileNameInTwoFolders_BothPlansLoad_WithTheIdsAFolderAuditGives()
    {
        // Folders laid out as people do: every unit's plan is "ke-hoach-2026.txt" in the unit's own folder.
        await using var serve = new ServeHarness();
        var options = new ServeOptions(serve.Folder, ServeOptions.DefaultUrls, serve.StateFile, new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf));
        var (setup, _) = AuditSetup.Load(options.Settings);
        using var store = new StateStore(serve.StateFile);
        var state = new FolderState(options, setup!, store, Microsoft.Extensions.Logging.Abstractions.NullLogger<FolderState>.Instance);
        string Place(string unit, string seed)
        {
            var path = Path.Combine(serve.Folder, unit, "ke-hoach-2026.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(Path.Combine(Repo.Seeds, seed), path, overwrite: true);
            return path;
        }

        var first = Place("so-y-te", "000_e9cd2d02cd492238.txt");
        Place("bv-a", "002_7e8e160c5670c66d.txt");
        state.Start();
        var audited = PlanLoader.Load([serve.Folder], serve.Folder).Plans.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, audited.Count);
        Assert.Empty(state.View.BrokenFiles);
        Assert.Equal(audited, state.View.Plans.Select(p => p.Record.Id).Order(StringComparer.Ordinal));

        // A third unit's file of the same name arrives, then the first goes: ids follow, nothing is refused.
        var third = Place("bv-b", "003_da39caddab931df9.txt");
        state.Apply([third]);
        Assert.Empty(state.View.BrokenFiles);
        Assert.Equal(3, state.View.Plans.Count);
        File.Delete(first);
        state.Apply([first]);
        Assert.Empty(state.View.BrokenFiles);
        var after = PlanLoader.Load([serve.Folder], serve.Folder).Plans.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(after, state.View.Plans.Select(p => p.Record.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(state.View.Plans, p => p.Record.File.StartsWith("so-y-te/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithOut_PublishesTheFolderReportsAsGenerations()
    {
        await using var serve = new ServeHarness(publishReports: true);
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();
        var generations = new ReportGenerations(serve.OutFolder);

        int? Plans()
        {
            if (generations.ResolveCurrent() is not { } current)
            {
                return null;
            }

            Assert.True(ReportGenerations.IsComplete(current));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(current, "report.json")));
            return json.RootElement.GetProperty("summary").GetProperty("plans").GetInt32();
        }

        await ServeHarness.WaitFor(() => Task.FromResult(Plans() == 4), TimeSpan.FromSeconds(10), "the first generation");
        File.Copy(Fixture("thanh-hoa-2019", BoYTe), Path.Combine(serve.Folder, BoYTe));
        await ServeHarness.WaitFor(() => Task.FromResult(Plans() == 5), TimeSpan.FromSeconds(10), "the generation with the dropped plan");
    }

    private static void AssertStoredFindingsEqualAudit(ServeHarness serve, AuditSetup setup, IReadOnlyList<PlanView> plans)
    {
        var audit = setup.Run([serve.Folder], [], reportContext: true, RuleHarness.AsOf).Report;
        Assert.Equal(audit.Plans.Count, plans.Count);
        foreach (var plan in plans)
        {
            using var stored = JsonDocument.Parse(plan.Record.JsonVi);
            var storedFindings = stored.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("line").GetInt32()} {f.GetProperty("message").GetString()}").ToList();
            var auditFindings = audit.Findings.Where(f => f.PlanId == plan.Record.Id).Select(f => $"{f.Rule.Id} {f.Location.Line} {f.Message(Language.Vi)}")
                .Select(m => m.Replace(serve.Folder.Replace('\\', '/') + "/", string.Empty, StringComparison.Ordinal)).ToList();
            Assert.True(auditFindings.SequenceEqual(storedFindings), plan.Record.Id + ":\n  audit only: " + string.Join("\n  ", auditFindings.Except(storedFindings)) + "\n  stored only: " + string.Join("\n  ", storedFindings.Except(auditFindings)));
        }
    }

    [Fact]
    public async Task KilledWithSigkillDuringRechecks_RestartsOnAWholeState()
    {
        // The real executable in a child process re-checking continuously (the Sở plan, parent of two hospitals, is
        // rewritten every 50 ms), killed with SIGKILL; each re-check is one SQLite transaction, so the restarted
        // service reads a whole state, and what it then shows for every plan is what a whole-folder audit finds.
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        serve.AddCascade("thanh-hoa-2019");
        var parent = Path.Combine(serve.Folder, "02-so-y-te-lai-chau-2026.yaml");
        var original = File.ReadAllText(parent);
        using (var process = Support.Cli.Start("serve", serve.Folder, "--state", serve.StateFile, "--urls", "http://127.0.0.1:0", "--as-of", RuleHarness.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
        {
            await ServeHarness.WaitFor(() => Task.FromResult(StoredPlans(serve.StateFile) == 8), TimeSpan.FromSeconds(60), "the child's first scan");
            for (var n = 0; n < 30; n++)
            {
                File.WriteAllText(parent, original + $"\n# edit {n}\n");
                await Task.Delay(50);
            }

            process.Kill(); // SIGKILL on Unix
            await process.WaitForExitAsync();
        }

        File.WriteAllText(parent, original);
        await serve.StartAsync();
        await ServeHarness.WaitFor(async () => (await serve.Status()).GetProperty("suspect").GetInt32() == 0, TimeSpan.FromSeconds(10), "suspects re-checked");
        Assert.Equal(8, (await serve.Status()).GetProperty("plans").GetInt32());

        var options = new ServeOptions(serve.Folder, ServeOptions.DefaultUrls, serve.StateFile, new RunSettings(ReportFormat.Md, Language.Vi, null, null, RuleHarness.AsOf));
        var (setup, _) = AuditSetup.Load(options.Settings);
        AssertStoredFindingsEqualAudit(serve, setup!, serve.State.View.Plans);
    }

    [Fact]
    public async Task Sigterm_StopsTheServiceGracefully()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        using var process = Support.Cli.Start("serve", serve.Folder, "--state", serve.StateFile, "--urls", "http://127.0.0.1:0");
        await ServeHarness.WaitFor(() => Task.FromResult(StoredPlans(serve.StateFile) == 4), TimeSpan.FromSeconds(60), "the child's first scan");

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    private static int StoredPlans(string stateFile)
    {
        if (!File.Exists(stateFile))
        {
            return 0;
        }

        try
        {
            using var store = new StateStore(stateFile);
            return store.LoadPlans().Count;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // busy while the child writes
        }
    }

    [Fact]
    public async Task ApiCheck_FindsTheParentFromCitations_OrTakesTheOneGiven()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();
        var seed = await File.ReadAllBytesAsync(Path.Combine(Repo.Seeds, "002_7e8e160c5670c66d.txt"));

        var found = await Check(serve, seed, "../../ke-hoach-bv.txt");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using var report = JsonDocument.Parse(await found.Content.ReadAsStringAsync());
        var plan = report.RootElement.GetProperty("plans")[0];
        Assert.Equal("so-y-te-lai-chau-2026", plan.GetProperty("parent").GetString());
        Assert.Equal("ke-hoach-bv.txt", plan.GetProperty("file").GetString()); // the name shown, never a path
        Assert.NotEmpty(report.RootElement.GetProperty("findings").EnumerateArray());

        var given = await Check(serve, seed, "bv.txt", parent: "45/KH-UBND");
        using var givenReport = JsonDocument.Parse(await given.Content.ReadAsStringAsync());
        Assert.Equal("ubnd-lai-chau-2026", givenReport.RootElement.GetProperty("plans")[0].GetProperty("parent").GetString());

        // Nothing was written into the watched folder.
        Assert.Equal(4, Directory.EnumerateFiles(serve.Folder, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".orig", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ApiCheck_RefusesTooLargeAndMislabelledUploads()
    {
        await using var serve = new ServeHarness(maxUploadBytes: 64 * 1024);
        await serve.StartAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Check(serve, Encoding.UTF8.GetBytes(new string('a', 200 * 1024)), "lon.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Check(serve, Encoding.UTF8.GetBytes("không phải zip"), "du-thao.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Check(serve, [0x4D, 0x5A, 0x00, 0x01], "du-thao.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Check(serve, Encoding.UTF8.GetBytes("MZ"), "chuong-trinh.exe")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Check(serve, Encoding.UTF8.GetBytes("KẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2026\n"), "ngan.md")).StatusCode);
    }

    [Fact]
    public async Task DraftForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        await using var serve = new ServeHarness();
        await serve.StartAsync();

        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("KẾ HOẠCH\n")), "file", "a.md" } };
        var response = await serve.Http.PostAsync("/draft", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name=\"__RequestVerificationToken\"", await serve.Http.GetStringAsync("/draft"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanTitleWithMarkup_IsShownAsText()
    {
        await using var serve = new ServeHarness();
        var yaml = File.ReadAllText(Fixture("thanh-hoa-2019", BoYTe))
            .Replace("title: Kế hoạch hoạt động bình đẳng giới", "title: \"<img src=x onerror=alert(1)>\" # Kế hoạch hoạt động bình đẳng giới", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(serve.Folder, BoYTe), yaml);
        await serve.StartAsync();

        foreach (var page in new[] { "/", "/plan/bo-y-te-2019", "/draft" })
        {
            var html = await serve.Http.GetStringAsync(page);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_AreVietnameseByDefault_AndEnglishOnRequest()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();

        var vi = await serve.Http.GetStringAsync("/plan/bvdk-tam-duong-2026");
        var en = await serve.Http.GetStringAsync("/plan/bvdk-tam-duong-2026?lang=en");

        Assert.Contains("<html lang=\"vi\">", vi, StringComparison.Ordinal);
        Assert.Contains("Ma trận triển khai", vi, StringComparison.Ordinal);
        Assert.Contains("Lịch sử kiểm tra", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("Coverage matrix", vi, StringComparison.Ordinal);
        Assert.Contains("Coverage matrix", en, StringComparison.Ordinal);
        Assert.Contains("class=\"quote\"", vi, StringComparison.Ordinal); // the document's own line under a finding

        // Filtered by unit: the Tam Đường hospital is shown, its ancestors as context, its sibling not at all.
        var filtered = await serve.Http.GetStringAsync("/?unit=" + Uri.EscapeDataString("Tam Đường"));
        Assert.Contains("Bệnh viện Đa khoa Tam Đường", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("Bệnh viện Đa khoa Than Uyên", filtered, StringComparison.Ordinal);
        Assert.Equal(2, filtered.Split("class=\"plan context\"").Length - 1);
        var units = await serve.Http.GetStringAsync("/?level=unit");
        Assert.Equal(2, units.Split("<li class=\"plan\">").Length - 1);
    }

    [Theory]
    [InlineData("nope", "--urls", "http://127.0.0.1:5080", "no such folder")]
    [InlineData("fixtures/cascades", "--urls", "ftp://127.0.0.1:21", "--urls")]
    [InlineData("fixtures/cascades", "--state", "fixtures/cascades/state.db", "inside the watched folder")]
    public void ServeCommand_WithBadOptions_Exits2(string folder, string option, string value, string message)
    {
        var result = Support.Cli.Run("serve", folder, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Check(ServeHarness serve, byte[] bytes, string name, string? parent = null)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        if (parent is not null)
        {
            content.Add(new StringContent(parent), "parent");
        }

        return await serve.Http.PostAsync("/api/check", content);
    }
}
