using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Time;
using ComplianceEngine.Tests.Support;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// <c>compliance import</c> and <c>compliance check</c> on documents: the YAML written loads back and validates against the
/// schema; seed 002 checked as a document gets the findings of a draft and none for its complete tasks.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Repo.Path("docs", "plan.schema.json")).GetAwaiter().GetResult());

    private readonly string dir = Directory.CreateTempSubdirectory("ce-import-cli-").FullName;

    public static TheoryData<string> Documents() =>
        [.. ImportCase.Seeds().Concat(ImportCase.Constructed()).Select(c => Path.GetRelativePath(Repo.Root, c.Document).Replace('\\', '/'))];

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void CheckSeed002_ReportsTheBlankNumberAndDate_AndNothingAboutTasks1To3()
    {
        // Seed 002 is a draft: "Số: /KH-BV" (l. 3) and "ngày tháng 4 năm 2026" (l. 5); tasks 1-3 give their units and timelines.
        var result = Support.Cli.Run("check", "../shared/seeds/002_7e8e160c5670c66d.txt", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, Line: f.GetProperty("line").GetInt32(), Subject: Subject(f)))
            .ToList();
        Assert.Contains(("CE-P002", 3), findings.Select(f => (f.Rule, f.Line)));
        Assert.Contains(("CE-P005", 5), findings.Select(f => (f.Rule, f.Line)));
        Assert.DoesNotContain(findings, f => f.Rule is "CE-T001" or "CE-T002" && f.Subject is "1" or "2" or "3");
        Assert.Contains(findings, f => f.Rule == "CE-T001" && f.Subject == "4.1"); // the gaps of the seed are still found
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportedYaml_LoadsBackAndValidatesAgainstTheSchema(string document)
    {
        var output = Path.Combine(dir, "plan.yaml");

        var result = Support.Cli.Run("import", document, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var loaded = PlanLoader.Load([output]);
        Assert.Empty(loaded.Errors.Select(e => InputErrorText.Render(e, Language.En)));
        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(output));
        var json = System.Text.RegularExpressions.Regex.Replace(new SerializerBuilder().JsonCompatible().Build().Serialize(yaml!), "\"(doc_line|year)\": \"(\\d+)\"", "\"$1\": $2");
        Assert.Empty(Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryImportedTimelineAndDeadline_IsUnderstoodByTheTimeParser(string document)
    {
        var plan = ImportAccuracy.Import(Path.GetFullPath(Path.Combine(Repo.Root, document)));
        var expressions = plan.Tasks.Where(t => t.Timeline is not null).Select(t => t.Timeline!.Value).Concat(plan.Reports.Select(r => r.Due.Value));

        Assert.All(expressions, e => Assert.True(TimeExpressionParser.Parse(e, plan.ReferenceYear).Success, e));
    }

    [Fact]
    public void ImportOfAYamlFile_IsBadUsage()
    {
        var result = Support.Cli.Run("import", "fixtures/seeds/002-bvdk-than-uyen-2026.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".yaml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportOfADocumentWithGaps_SaysWhatWasNotFoundOnStandardError()
    {
        var result = Support.Cli.Run("import", "../shared/seeds/004_a24cbc1ae2d40f4e.txt", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Imported from ../shared/seeds/004_a24cbc1ae2d40f4e.txt", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("not found in the document (left empty): number, issue-date, parent, signer", result.Stderr, StringComparison.Ordinal);
    }

    private static string? Subject(System.Text.Json.JsonElement finding) =>
        finding.TryGetProperty("subject", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Object && s.TryGetProperty("id", out var id) ? id.GetString() : null;
}
