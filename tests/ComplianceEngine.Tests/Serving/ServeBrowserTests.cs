using ComplianceEngine.Tests.Support;
using Microsoft.Playwright;

namespace ComplianceEngine.Tests.Serving;

/// <summary>
/// The page as the secretary uses it, in Debian's chromium (headless, driven by Playwright; no browser is downloaded):
/// the dashboard, a seed uploaded as a draft, its findings read, the link to the parent followed. Screenshots go to
/// the test output folder (<c>screens/</c>); with CE_WRITE_SCREENS=1 they are also copied to docs/screens/.
/// </summary>
public sealed class ServeBrowserTests
{
    private const string Chromium = "chromium";

    private static readonly string Screens = Path.Combine(AppContext.BaseDirectory, "screens");

    [ToolFact(Chromium)]
    public async Task Secretary_UploadsADraft_ReadsItsFindings_AndOpensTheParentPlan()
    {
        await using var serve = new ServeHarness();
        serve.AddCascade("lai-chau-2026");
        await serve.StartAsync();

        // The seed is copied at run time into the test output, named as a secretary would name it.
        var draft = Path.Combine(Directory.CreateTempSubdirectory("ce-draft-").FullName, "ke-hoach-bv-than-uyen-2026.txt");
        File.Copy(Path.Combine(Repo.Seeds, "002_7e8e160c5670c66d.txt"), draft);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(serve.BaseAddress + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Các kế hoạch trong thư mục");
        await Assertions.Expect(page.Locator("#tree .plan-link")).ToHaveCountAsync(4);
        await Shot(page, "dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kiểm tra dự thảo" }).ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(draft);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Assertions.Expect(page.Locator("#draft-result h2").First).ToHaveTextAsync("Kết quả kiểm tra dự thảo");

        var findings = await page.Locator("#findings tr.finding").AllInnerTextsAsync();
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.Contains("CE-P002", StringComparison.Ordinal)); // the blank number of a draft
        Assert.True(await page.Locator("#findings blockquote.quote").CountAsync() > 0, "a finding quotes the draft's own line");
        Assert.True(await page.Locator("#findings td.fix").CountAsync() == findings.Count, "every finding has its fix");
        await Shot(page, "draft-result");

        // The report downloads as a Word file (a zip with its main part).
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.download", new() { HasText = ".docx" }).ClickAsync());
        Assert.Equal("bao-cao.docx", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetDirectoryName(draft)!, "bao-cao.docx");
        await download.SaveAsAsync(saved);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(saved))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        // The parent found from the draft's citation of 101/KH-SYT.
        await page.Locator("#draft-result a.parent").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(serve.BaseAddress + "/plan/so-y-te-lai-chau-2026");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("ngành Y tế năm 2026");
        await Assertions.Expect(page.Locator("#coverage")).ToBeVisibleAsync();
        await Shot(page, "parent-plan");

        await page.Locator("a.lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h2").First).ToHaveTextAsync("Findings");
        await Shot(page, "parent-plan-en", keep: false);
    }

    [ToolFact(Chromium)]
    public async Task PlanTitleWithMarkup_RunsNoScriptInTheBrowser()
    {
        await using var serve = new ServeHarness();
        var yaml = File.ReadAllText(Repo.Path("fixtures", "cascades", "thanh-hoa-2019", "01-bo-y-te-2019.yaml"))
            .Replace("title: Kế hoạch hoạt động bình đẳng giới", "title: \"<img src=x onerror=alert(1)>\" # Kế hoạch hoạt động bình đẳng giới", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(serve.Folder, "01-bo-y-te-2019.yaml"), yaml);
        await serve.StartAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        await page.GotoAsync(serve.BaseAddress + "/");
        await Assertions.Expect(page.Locator("#tree .plan-link")).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        await page.Locator("#tree .plan-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("<img src=x onerror=alert(1)>");

        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, dialogs);
    }

    private static async Task<IBrowser> Launch(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ToolFactAttribute.Find(Chromium) ?? "/usr/bin/chromium",
            Headless = true,
        });

    private static async Task Shot(IPage page, string name, bool keep = true)
    {
        Directory.CreateDirectory(Screens);
        var path = Path.Combine(Screens, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (keep && Environment.GetEnvironmentVariable("CE_WRITE_SCREENS") == "1")
        {
            var docs = Repo.Path("docs", "screens");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }
}
