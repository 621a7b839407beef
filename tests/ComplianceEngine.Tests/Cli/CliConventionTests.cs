using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Tests.Support;
using NJsonSchema;

namespace ComplianceEngine.Tests.Cli;

/// <summary>
/// The command-line conventions of a linter (as Vale, markdownlint-cli2, ESLint, ruff), through the real executable:
/// exit codes and the options that set them, output formats, standard input, the crash guard. Plans here are constructed.
/// </summary>
public sealed class CliConventionTests : IDisposable
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Repo.Path("tests", "ComplianceEngine.Tests", "Reporting", "Sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private readonly string dir = Directory.CreateTempSubdirectory("ce-cli-conv-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // A constructed plan with a legal basis and one task that names neither lead unit nor time: two warnings, no error.
    private string WarningsOnlyPlan()
    {
        var file = Path.Combine(dir, "w.yaml");
        File.WriteAllText(file, PlanText.Minimal(id: "w", extra: "legal_bases:\n  - type: Luật\n    number: 73/2006/QH11\n    date: \"2006-11-29\"\n    raw: Luật Bình đẳng giới số 73/2006/QH11\ntasks:\n  - id: \"1\"\n    title: Truyền thông về bình đẳng giới\n"));
        return file;
    }

    [Fact]
    public void WarningsOnly_Exit0ByDefault_Exit1WithFailOnWarning()
    {
        var plan = WarningsOnlyPlan();

        Assert.Equal(0, Support.Cli.Run("check", plan, "--format", "text").ExitCode);
        Assert.Equal(1, Support.Cli.Run("check", plan, "--format", "text", "--fail-on", "warning").ExitCode);
        Assert.Equal(2, Support.Cli.Run("check", plan, "--fail-on", "info").ExitCode); // not a choice: usage error
    }

    [Fact]
    public void MaxWarnings_Exit1OnlyWhenWarningsExceedN()
    {
        var plan = WarningsOnlyPlan(); // two warnings

        Assert.Equal(1, Support.Cli.Run("check", plan, "--max-warnings", "1").ExitCode);
        Assert.Equal(0, Support.Cli.Run("check", plan, "--max-warnings", "2").ExitCode);
        Assert.Equal(2, Support.Cli.Run("check", plan, "--max-warnings", "-1").ExitCode);
    }

    [Fact]
    public void MinSeverity_HidesLowerFindings_ButTheExitCodeStillCountsThem()
    {
        var plan = WarningsOnlyPlan();

        var all = Support.Cli.Run("check", plan, "--format", "text");
        var errorsOnly = Support.Cli.Run("check", plan, "--format", "text", "--min-severity", "error", "--fail-on", "warning");

        Assert.Contains("warning CE-T001", all.Stdout);
        Assert.Equal(string.Empty, errorsOnly.Stdout);
        Assert.Equal(1, errorsOnly.ExitCode);
    }

    [Fact]
    public void Quiet_DropsNoticesButKeepsErrors()
    {
        File.Copy(WarningsOnlyPlan(), Path.Combine(dir, "ok.yaml"));
        File.Delete(Path.Combine(dir, "w.yaml"));
        File.WriteAllText(Path.Combine(dir, "answer-key.yaml"), "cascade: thử\nfindings: {}\n");
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "id: x\ntitle: [\n");

        var loud = Support.Cli.Run("audit", dir, "--format", "text", "--lang", "en");
        var quiet = Support.Cli.Run("audit", dir, "--format", "text", "--lang", "en", "--quiet");

        Assert.Contains("answer-key.yaml: info:", loud.Stderr);
        Assert.DoesNotContain("answer-key.yaml", quiet.Stderr);
        Assert.Contains("bad.yaml:", quiet.Stderr);
        Assert.Equal(2, quiet.ExitCode);
    }

    [Fact]
    public void OutInAFolderThatDoesNotExist_Exit2WithOneLineAndNoStackTrace()
    {
        var result = Support.Cli.Run("check", WarningsOnlyPlan(), "--out", "/nonexistent/dir/r.md", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("/nonexistent/dir/r.md: cannot write the output file: its folder does not exist", result.Stderr.Trim());
    }

    [Fact]
    public void ImportOutInAFolderThatDoesNotExist_Exit2WithOneLine()
    {
        var document = Path.Combine(dir, "ke-hoach.md");
        File.WriteAllText(document, "[Tài liệu dựng để kiểm thử]\n\nKẾ HOẠCH\n\nThực hiện công tác bình đẳng giới năm 2026\n\n1. Truyền thông về bình đẳng giới.\n");

        var result = Support.Cli.Run("import", document, "--out", "/nonexistent/dir/p.yaml", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/dir/p.yaml: cannot write the output file: its folder does not exist", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void UnwritableOut_Exit2WithTheReason()
    {
        var target = Path.Combine(dir, "is-a-folder");
        Directory.CreateDirectory(target);

        var result = Support.Cli.Run("check", WarningsOnlyPlan(), "--out", target, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(target + ": cannot write the output file:", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(["is-a-folder", "w.yaml"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteAtomically_AWriterThatFailsLeavesThePreviousReportWholeAndNoTemporaryFile()
    {
        var report = Path.Combine(dir, "report.md");
        File.WriteAllText(report, "previous report\n");

        Assert.Throws<InvalidOperationException>(() => ReportRunner.WriteAtomically(report, w =>
        {
            w.Write("half of a new rep");
            w.Flush();
            throw new InvalidOperationException("stopped half-way");
        }));

        Assert.Equal("previous report\n", File.ReadAllText(report));
        Assert.Equal(["report.md"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Assert.Null(ReportRunner.WriteAtomically(report, w => w.Write("new report\n")));
        Assert.Equal("new report\n", File.ReadAllText(report));
    }

    [Fact]
    public void ACrashInsideACommand_Exit2WithOneLineAndNoStackTrace()
    {
        // Nesting deeper than Markdig parses made the importer throw (fuzz finding); whatever the importer now does
        // with it — an input error or a crash caught by the guard — the exit code is 2 and no stack trace is printed.
        var deep = Path.Combine(dir, "deep.md");
        File.WriteAllText(deep, string.Concat(Enumerable.Repeat("> ", 3000)) + "x\n");

        var result = Support.Cli.Run("check", deep, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void CrashGuard_PrintsOneLineAndReturns2()
    {
        var previous = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            Assert.Equal(2, ComplianceEngine.Cli.CrashGuard.Report(new InvalidOperationException("boom\nsecond line")));
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Matches(@"^compliance: .*InvalidOperationException: boom second line\n$", error.ToString().Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cover_threshold", "CE-C002", "1.5")]
    [InlineData("cover_threshold", "CE-C002", "NaN")]
    [InlineData("margin_days", "CE-C003", "-99999999999")]
    [InlineData("margin_days", "CE-C003", "2.5")]
    public void RulesetParameterOutOfRangeOrOfTheWrongKind_Exit2WithItsLine(string parameter, string rule, string value)
    {
        var ruleset = Path.Combine(dir, "r.yaml");
        File.WriteAllText(ruleset, $"rules:\n  {rule}: {{ parameters: {{ {parameter}: \"{value}\" }} }}\n");

        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--ruleset", ruleset, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"r\.yaml:2:\d+: parameter '{parameter}' of {rule} must be ", result.Stderr);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0")]
    public void WatchWithAnIntervalThatIsNotAPositiveNumber_Exit2(string interval)
    {
        var result = Support.Cli.Run("watch", dir, "--out", Path.Combine(Path.GetTempPath(), "ce-never-written"), "--interval", interval);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--interval", result.Stderr);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-5")]
    public void ServeWithARescanThatIsNotAPositiveNumber_Exit2(string rescan)
    {
        var result = Support.Cli.Run("serve", dir, "--rescan", rescan, "--state", Path.Combine(Path.GetTempPath(), "ce-never-written.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rescan", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void TextFormat_OneFindingALineInDocumentOrder()
    {
        var plan = WarningsOnlyPlan();

        var result = Support.Cli.Run("check", plan, "--format", "text", "--lang", "en");

        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^.+w\.yaml:\d+:\d+: (error|warning|info) CE-[A-Z]\d{3} \S.*$", l));
        Assert.Equal(lines.OrderBy(l => int.Parse(l.Split(':')[1])).ThenBy(l => int.Parse(l.Split(':')[2])), lines);
        Assert.StartsWith(PlanLoaderDisplay(plan) + ":16:5: warning CE-T001 Task 1 ", lines[0]);
    }

    [Fact]
    public void TextFormat_PathsAsGiven_RelativeStayRelative()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--format", "text", "--as-of", "2026-11-23");

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.Stdout.TrimEnd('\n').Split('\n'), l => Assert.StartsWith("fixtures/cascades/lai-chau-2026/", l));
    }

    [Fact]
    public void GithubFormat_WorkflowCommandsWithTheirEscaping()
    {
        var result = Support.Cli.Run("check", WarningsOnlyPlan(), "--format", "github", "--lang", "en");

        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.Matches(@"^::warning file=[^,]+w\.yaml,line=16,col=5,title=CE-T00[12]::\S", l));
        Assert.Equal("::error file=a%3Ab%2Cc.yaml,line=3,col=1,title=CE-X001::100%25 done%0D%0Anext: a,b",
            GithubReportWriter.Command("error", new("a:b,c.yaml", 3, 0), "CE-X001", "100% done\r\nnext: a,b"));
    }

    [Fact]
    public void JunitFormat_ASuitePerFile_AFailurePerError()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--format", "junit", "--as-of", "2026-11-23", "--lang", "en");

        var xml = XDocument.Parse(result.Stdout);
        var suites = xml.Root!.Elements("testsuite").ToList();
        var files = suites.Select(s => (string)s.Attribute("name")!).ToList();
        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.Contains("fixtures/cascades/lai-chau-2026/02-so-y-te-lai-chau-2026.yaml", files);
        Assert.Equal(6, xml.Descendants("failure").Count()); // the six errors of the cascade
        Assert.All(xml.Descendants("failure"), f => Assert.Equal("error", (string)f.Attribute("type")!));
        Assert.Equal(6, (int)xml.Root!.Attribute("failures")!);
        Assert.All(xml.Descendants("testcase"), t => Assert.Matches(@"^CE-[A-Z]\d{3} \S+:\d+:\d+$|^fixtures/", (string)t.Attribute("name")!));
    }

    [Fact]
    public void HtmlFormat_DocumentTextIsEncoded_NoMarkupReachesThePage()
    {
        var plan = Path.Combine(dir, "xss.yaml");
        File.WriteAllText(plan, PlanText.Minimal(id: "xss").Replace("title: Kế hoạch thử", "title: \"<img src=x onerror=alert(1)> [x](javascript:alert(2)) <script>alert(3)</script>\"", StringComparison.Ordinal));

        var result = Support.Cli.Run("check", plan, "--format", "html");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", result.Stdout);
        Assert.DoesNotContain("<img", result.Stdout);
        Assert.DoesNotContain("<script", result.Stdout);
        Assert.DoesNotContain("href=\"javascript:", result.Stdout);
    }

    [Fact]
    public void HtmlFormat_TextNestedDeeperThanMarkdigParses_StillGivesThePageAsEncodedText()
    {
        var plan = Path.Combine(dir, "deep.yaml");
        var title = string.Concat(Enumerable.Repeat("**", 1500)) + "<b>x</b>" + string.Concat(Enumerable.Repeat("**", 1500));
        File.WriteAllText(plan, PlanText.Minimal(id: "deep").Replace("title: Kế hoạch thử", $"title: \"{title}\"", StringComparison.Ordinal));

        var result = Support.Cli.Run("check", plan, "--format", "html", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("as plain text", result.Stdout);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", result.Stdout);
        Assert.DoesNotContain("<b>", result.Stdout);
    }

    [Fact]
    public void SarifFormat_IsValidAgainstTheSarif210Schema()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/thanh-hoa-2019", "--format", "sarif", "--as-of", "2026-11-23");

        var errors = SarifSchema.Value.Validate(result.Stdout);
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void SarifSchema_RejectsAReportWithoutItsVersion()
    {
        // The validation above can fail: the schema requires "version" and "runs".
        Assert.NotEmpty(SarifSchema.Value.Validate("""{ "runs": [] }"""));
    }

    [Fact]
    public void Stdin_ADashReadsADocumentNamedStdinInLocations()
    {
        var yaml = File.ReadAllBytes(WarningsOnlyPlan());

        var result = Support.Cli.RunWithInput(yaml, "check", "-", "--format", "text", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<stdin>:16:5: warning CE-T001 ", result.Stdout);
    }

    [Fact]
    public void Stdin_StdinFilenameNamesTheDocumentAndChoosesHowItIsRead()
    {
        var text = Encoding.UTF8.GetBytes("[Tài liệu dựng để kiểm thử]\n\nSỞ Y TẾ TỈNH HÒA GIẢ\n\nSố: 41/KH-SYT\n\nHòa Giả, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nThực hiện công tác bình đẳng giới năm 2026\n\nII. NỘI DUNG\n\n1. Truyền thông về bình đẳng giới cho cán bộ.\n");

        var result = Support.Cli.RunWithInput(text, "check", "-", "--stdin-filename", "so-y-te/ke-hoach.md", "--format", "json", "--lang", "en");

        Assert.NotEqual(2, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var plan = Assert.Single(doc.RootElement.GetProperty("plans").EnumerateArray());
        Assert.Equal("so-y-te/ke-hoach.md", plan.GetProperty("file").GetString());
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("so-y-te/ke-hoach.md", f.GetProperty("file").GetString()));
    }

    [Fact]
    public void Stdin_IsHeldToTheSizeLimitLikeAFile()
    {
        // Constructed: a ruleset allowing 1 KB, and a piped document of about 20 KB.
        var dir = Directory.CreateTempSubdirectory("ce-stdin-limit-").FullName;
        var ruleset = Path.Combine(dir, "ruleset.yaml");
        File.WriteAllText(ruleset, "format: ruleset/1\nlimits: { max_file_mb: 0.001 }\n");
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("1. Tuyên truyền về bình đẳng giới cho người lao động.\n", 400)));

        var result = Support.Cli.RunWithInput(text, "check", "-", "--ruleset", ruleset, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("max_file_mb", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheInformationalVersion()
    {
        var result = Support.Cli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    private static string PlanLoaderDisplay(string path) => ComplianceEngine.Core.Loading.PlanLoader.DisplayPath(path, Repo.Root);
}

/// <summary>Configuration found by itself (.compliance.yaml, .complianceignore) and the count of what a folder scan passed over.</summary>
public sealed class CliConfigurationTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ce-cli-config-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // Constructed: a folder "ke-hoach" with one plan of two warnings in a subfolder, a draft with an error in "nhap", a
    // hidden folder, a PDF.
    private string Project()
    {
        var root = Path.Combine(dir, "ke-hoach");
        Directory.CreateDirectory(Path.Combine(root, "so"));
        Directory.CreateDirectory(Path.Combine(root, "nhap"));
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "so", "w.yaml"), PlanText.Minimal(id: "w", extra: "legal_bases:\n  - type: Luật\n    number: 73/2006/QH11\n    date: \"2006-11-29\"\n    raw: Luật Bình đẳng giới số 73/2006/QH11\ntasks:\n  - id: \"1\"\n    title: Truyền thông về bình đẳng giới\n"));
        File.WriteAllText(Path.Combine(root, "nhap", "d.yaml"), PlanText.Minimal(id: "d", number: "99/KH-SYT"));
        File.WriteAllText(Path.Combine(root, ".git", "config.yaml"), "id: x\ntitle: y\n");
        File.WriteAllText(Path.Combine(root, "bien-ban.pdf"), "%PDF-1.4 constructed\n");
        return root;
    }

    [Fact]
    public void ConfigInAParentFolder_IsFoundAndSetsFailOnAndLanguage()
    {
        var root = Project();
        File.WriteAllText(Path.Combine(dir, ".compliance.yaml"), "format: compliance-config/1\nfail_on: warning\nlang: en\nignore:\n  - nhap/\n");

        var found = Support.Cli.Run("audit", Path.Combine(root, "so"), "--format", "text");
        var overridden = Support.Cli.Run("audit", Path.Combine(root, "so"), "--format", "text", "--fail-on", "error", "--lang", "vi");
        var none = Support.Cli.Run("audit", Path.Combine(root, "so"), "--format", "text", "--no-config");

        Assert.Equal(1, found.ExitCode);
        Assert.Contains("names no lead unit", found.Stdout);
        Assert.Equal(0, overridden.ExitCode);
        Assert.Contains("chưa giao đơn vị chủ trì", overridden.Stdout);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("chưa giao đơn vị chủ trì", none.Stdout);
    }

    [Fact]
    public void ConfigNamedWithConfig_PathsRelativeToIt_AndABadKeyIsExit2WithItsLine()
    {
        var root = Project();
        var config = Path.Combine(dir, "ce.yaml");
        File.WriteAllText(Path.Combine(dir, "r.yaml"), "rules:\n  CE-T001: { enabled: false }\n  CE-T002: { enabled: false }\n");
        File.WriteAllText(config, "ruleset: r.yaml\nfail_on: warning\n");

        var result = Support.Cli.Run("audit", Path.Combine(root, "so"), "--format", "text", "--config", config);
        File.WriteAllText(config, "ruleset: r.yaml\nfail-on: warning\n");
        var bad = Support.Cli.Run("audit", Path.Combine(root, "so"), "--config", config, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(2, bad.ExitCode);
        Assert.Matches(@"ce\.yaml:2:1: unknown key 'fail-on'", bad.Stderr);
    }

    [Fact]
    public void IgnoreFile_GitignoreSyntax_LeavesFoldersOutOfTheScan()
    {
        var root = Project();
        var without = Support.Cli.Run("audit", root, "--format", "json", "--no-config");
        File.WriteAllText(Path.Combine(root, ".complianceignore"), "# constructed\nnhap/\n!so/\n");

        var with = Support.Cli.Run("audit", root, "--format", "json");

        using var a = JsonDocument.Parse(without.Stdout);
        using var b = JsonDocument.Parse(with.Stdout);
        Assert.Equal(2, a.RootElement.GetProperty("summary").GetProperty("plans").GetInt32());
        Assert.Equal(1, b.RootElement.GetProperty("summary").GetProperty("plans").GetInt32());
        Assert.Equal(1, b.RootElement.GetProperty("summary").GetProperty("skippedBy").GetProperty("ignored").GetInt32());
    }

    [Fact]
    public void FolderScan_HiddenFoldersAndNonPlanFilesAreSkipped_WithACountInTheReport()
    {
        var root = Project();

        var json = Support.Cli.Run("audit", root, "--format", "json", "--no-config");
        var md = Support.Cli.Run("audit", root, "--no-config", "--lang", "en");

        Assert.NotEqual(2, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(1, summary.GetProperty("skippedBy").GetProperty("hidden").GetInt32());
        Assert.Equal(1, summary.GetProperty("skippedBy").GetProperty("not-a-plan").GetInt32());
        Assert.DoesNotContain(".git", json.Stderr);
        Assert.Contains("2 entries of the folder scan were not checked: 1 hidden files and folders", md.Stdout);
    }
}

/// <summary>A document in a scanned folder that is no plan (notes of a meeting) is skipped; named on the command line, it is checked.</summary>
public sealed class CliNotPlanDocumentTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ce-cli-notes-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void NotesInAScannedFolder_AreSkippedWithANoticeAndACount_ButCheckedWhenNamed()
    {
        File.WriteAllText(Path.Combine(dir, "w.yaml"), PlanText.Minimal(id: "w", extra: "legal_bases:\n  - type: Luật\n    number: 73/2006/QH11\n    date: \"2006-11-29\"\n    raw: Luật Bình đẳng giới số 73/2006/QH11\n"));
        var notes = Path.Combine(dir, "ghi-chu.md");
        File.WriteAllText(notes, "# Ghi chú (dựng để kiểm thử)\n\n- Chuẩn bị tài liệu cho buổi họp tuần sau.\n- Gọi điện cho phòng tổ chức.\n");

        var scan = Support.Cli.Run("audit", dir, "--format", "json", "--lang", "en");
        var named = Support.Cli.Run("check", notes, "--format", "json", "--lang", "en");

        using var a = JsonDocument.Parse(scan.Stdout);
        Assert.Equal(1, a.RootElement.GetProperty("summary").GetProperty("plans").GetInt32());
        Assert.Equal(1, a.RootElement.GetProperty("summary").GetProperty("skippedBy").GetProperty("not-a-plan-document").GetInt32());
        Assert.Contains("ghi-chu.md: info: skipped a document that is not a plan", scan.Stderr);
        using var b = JsonDocument.Parse(named.Stdout);
        Assert.Equal(1, b.RootElement.GetProperty("summary").GetProperty("plans").GetInt32());
    }
}

/// <summary>Help in Vietnamese with --lang vi.</summary>
public sealed class CliHelpTests
{
    [Fact]
    public void LangViHelp_IsInVietnamese_DefaultHelpStaysEnglish()
    {
        var vi = Support.Cli.Run("check", "--lang", "vi", "--help");
        var en = Support.Cli.Run("check", "--help");

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Cách dùng:", vi.Stdout);
        Assert.Contains("Tùy chọn:", vi.Stdout);
        Assert.Contains("Mức độ thấp nhất làm mã thoát bằng 1", vi.Stdout);
        Assert.DoesNotContain("Usage:", vi.Stdout);
        Assert.DoesNotContain("Lowest severity", vi.Stdout);
        Assert.Contains("Usage:", en.Stdout);
        Assert.Contains("Lowest severity that makes the exit code 1", en.Stdout);
    }

    [Fact]
    public void EveryCommandArgumentAndOption_HasAVietnameseDescription()
    {
        // A command or option added without its line in src/ComplianceEngine.Cli/help-strings.yaml is listed here.
        Assert.Empty(ComplianceEngine.Cli.HelpLanguage.Untranslated(ComplianceEngine.Cli.CommandTree.Build()));
    }
}
