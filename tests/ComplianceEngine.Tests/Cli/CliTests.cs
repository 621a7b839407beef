using System.Text.Json;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Cli;

/// <summary>The real executable: exit codes, stdout/stderr, formats.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ce-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void AuditOfCascadeWithGaps_PrintsVietnameseReportAndExits1()
    {
        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--as-of", "2026-11-23");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("# Báo cáo rà soát kế hoạch", result.Stdout);
        Assert.Contains("CE-C002 · Nhiệm vụ của cấp trên chưa được triển khai", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void CheckOfCompliantHospitalWithParentFolder_Exits0AndReportsOnlyThatPlan()
    {
        var result = Support.Cli.Run("check", "fixtures/cascades/thanh-hoa-2019/03-bvdk-cam-thuy-2019.yaml", "--parent", "fixtures/cascades/thanh-hoa-2019", "--format", "json", "--as-of", "2026-11-23");

        using var doc = JsonDocument.Parse(result.Stdout);
        var plans = doc.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["bvdk-cam-thuy-2019"], plans);
        Assert.Equal("so-y-te-thanh-hoa-2019", doc.RootElement.GetProperty("plans")[0].GetProperty("parent").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void MalformedYaml_GivesFileLineColumnOnStderrAndExits2()
    {
        var file = Path.Combine(dir, "broken.yaml");
        File.WriteAllText(file, PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: [không đóng\n"));

        var result = Support.Cli.Run("check", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.yaml:\d+:\d+: lỗi cú pháp YAML", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void FolderWithOneBrokenFile_ChecksTheOthersAndExits2()
    {
        File.Copy(Repo.Path("fixtures", "cascades", "thanh-hoa-2019", "03-bvdk-cam-thuy-2019.yaml"), Path.Combine(dir, "ok.yaml"));
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "id: x\ntitle: [\n");

        var result = Support.Cli.Run("audit", dir, "--format", "json", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("plans").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("inputErrors").GetInt32());
        Assert.Contains("bad.yaml:", result.Stderr);
    }

    [Fact]
    public void UnknownOption_IsUsageErrorExit2() => Assert.Equal(2, Support.Cli.Run("audit", "fixtures", "--colour").ExitCode);

    [Fact]
    public void BadRulesetFile_Exits2WithItsLine()
    {
        var ruleset = Path.Combine(dir, "r.yaml");
        File.WriteAllText(ruleset, "rules:\n  CE-Q001: { enabled: false }\n");

        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--ruleset", ruleset);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("r.yaml:2:3: không có quy tắc 'CE-Q001'", result.Stderr);
    }

    [Fact]
    public void RulesetSwitchingErrorsOff_Exits0()
    {
        var ruleset = Path.Combine(dir, "r.yaml");
        File.WriteAllText(ruleset, "rules:\n" + string.Join("", new[] { "CE-C001", "CE-C002", "CE-C003", "CE-P004" }.Select(id => $"  {id}: {{ enabled: false }}\n")));

        var result = Support.Cli.Run("audit", "fixtures/cascades/lai-chau-2026", "--ruleset", ruleset, "--format", "json");

        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() == 0 ? 0 : 1, result.ExitCode);
        Assert.DoesNotContain(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() is "CE-C001" or "CE-C002" or "CE-C003" or "CE-P004");
    }

    [Fact]
    public void UnitsOption_MakesATaskForAUserNamedUnitApplicable()
    {
        // The Sở assigns a task to "CDC" (the provincial disease-control centre), a name only the user's directory knows.
        File.WriteAllText(Path.Combine(dir, "so.yaml"), PlanText.Minimal(id: "so", number: "101/KH-SYT", extra: "tasks:\n  - id: \"III.3\"\n    title: Truyền thông về sức khỏe sinh sản\n    assigned_to: [CDC]\n"));
        File.WriteAllText(Path.Combine(dir, "cdc.yaml"), PlanText.Minimal(id: "cdc", number: "7/KH-KSBT", level: "unit", issuer: "Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu",
            extra: "parent: { id: so }\nlegal_bases:\n  - type: Kế hoạch\n    number: 101/KH-SYT\n    date: \"2026-04-20\"\n    raw: Kế hoạch số 101/KH-SYT\n"));
        var units = Path.Combine(dir, "units.yml");
        File.WriteAllText(units, "format: unit-directory/1\nunits:\n  - id: cdc\n    name: Trung tâm Kiểm soát bệnh tật tỉnh\n    aliases: [CDC]\n");
        string[] CoverageFindings(params string[] extra)
        {
            var result = Support.Cli.Run(["audit", Path.Combine(dir, "so.yaml"), Path.Combine(dir, "cdc.yaml"), "--format", "json", .. extra]);
            using var doc = JsonDocument.Parse(result.Stdout);
            return doc.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("ruleId").GetString() == "CE-C002").Select(f => f.GetProperty("subject").GetProperty("id").GetString()!).ToArray();
        }

        Assert.Empty(CoverageFindings());
        Assert.Equal(["III.3"], CoverageFindings("--units", units));
    }

    [Fact]
    public void Rules_ListsTheCatalogue()
    {
        var result = Support.Cli.Run("rules", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| CE-T001 | task | warning | Task has no lead unit |", result.Stdout);
    }

    [Fact]
    public void HtmlFormat_WritesAPageWithTheReportTables()
    {
        var output = Path.Combine(dir, "report.html");

        var result = Support.Cli.Run("audit", "fixtures/cascades/thanh-hoa-2019", "--format", "html", "--out", output, "--as-of", "2026-11-23");

        Assert.Equal(1, result.ExitCode);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<h1", html);
        Assert.Contains("<table>", html);
        // "Ma trận triển khai nhiệm vụ cấp trên" = coverage of parent tasks.
        Assert.Contains("Ma trận triển khai nhiệm vụ cấp trên", html);
    }

    [Fact]
    public void OutOption_WritesTheReportToAFile()
    {
        var output = Path.Combine(dir, "report.md");

        var result = Support.Cli.Run("audit", "fixtures/cascades/thanh-hoa-2019", "--out", output);

        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("# Báo cáo rà soát kế hoạch", File.ReadAllText(output));
    }

    [Fact]
    public void AuditOfFolderWithAnAnswerKey_SkipsItWithAnInfoLine_AndKeepsTheExitCodeOfTheFindings()
    {
        File.Copy(Repo.Path("fixtures", "cascades", "thanh-hoa-2019", "03-bvdk-cam-thuy-2019.yaml"), Path.Combine(dir, "ok.yaml"));
        var alone = Support.Cli.Run("audit", dir, "--format", "json", "--lang", "en");
        File.WriteAllText(Path.Combine(dir, "answer-key.yaml"), "cascade: thử\nfindings:\n  ok.yaml: []\n");
        Directory.CreateDirectory(Path.Combine(dir, ".github", "workflows"));
        File.WriteAllText(Path.Combine(dir, ".github", "workflows", "ci.yml"), "name: ci\non: [push\n");

        var result = Support.Cli.Run("audit", dir, "--format", "json", "--lang", "en");

        Assert.NotEqual(2, result.ExitCode);
        Assert.Equal(alone.ExitCode, result.ExitCode);
        Assert.Matches(@"answer-key\.yaml: info: skipped a YAML file that is not a plan", result.Stderr);
        Assert.DoesNotContain("ci.yml", result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("inputErrors").GetInt32());
    }

    [Fact]
    public void CheckOfADraftWithAParentOfTheSameFileName_LoadsBothAndLinksThem()
    {
        // Constructed documents: an invented Sở plan received from above, and a hospital's draft with the same file name.
        Directory.CreateDirectory(Path.Combine(dir, "received"));
        Directory.CreateDirectory(Path.Combine(dir, "draft"));
        File.WriteAllText(Path.Combine(dir, "received", "ke-hoach.md"), ConstructedPlan("SỞ Y TẾ TỈNH HÒA GIẢ", "Số: 41/KH-SYT", string.Empty));
        File.WriteAllText(Path.Combine(dir, "draft", "ke-hoach.md"), ConstructedPlan("BỆNH VIỆN ĐA KHOA HÒA GIẢ", "Số:    /KH-BV", "Căn cứ Kế hoạch số 41/KH-SYT ngày 10/3/2026 của Sở Y tế tỉnh Hòa Giả;"));

        var result = Support.Cli.Run("check", Path.Combine(dir, "draft", "ke-hoach.md"), "--parent", Path.Combine(dir, "received", "ke-hoach.md"), "--format", "json", "--lang", "en");

        Assert.NotEqual(2, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var plan = Assert.Single(doc.RootElement.GetProperty("plans").EnumerateArray());
        Assert.Equal("draft/ke-hoach", plan.GetProperty("id").GetString());
        Assert.Equal("received/ke-hoach", plan.GetProperty("parent").GetString());
    }

    private static string ConstructedPlan(string issuer, string number, string basis) =>
        $"""
        [Tài liệu dựng để kiểm thử – không phải văn bản thật]

        {issuer}

        {number}

        Hòa Giả, ngày 10 tháng 3 năm 2026

        KẾ HOẠCH

        Thực hiện công tác bình đẳng giới năm 2026

        {basis}

        I. MỤC ĐÍCH, YÊU CẦU

        Nâng cao nhận thức về bình đẳng giới.

        II. NỘI DUNG

        1. Truyền thông về bình đẳng giới cho cán bộ. Thời gian: quý II/2026.

        """;
}
