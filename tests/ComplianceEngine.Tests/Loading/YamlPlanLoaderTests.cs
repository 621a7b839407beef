using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Loading;

public sealed class YamlPlanLoaderTests
{
    [Fact]
    public void MinimalPlan_LoadsWithPositions()
    {
        var plan = PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: Tuyên truyền\n    timeline: Quý I/2026\n"));

        Assert.Equal("p", plan.Id);
        Assert.Equal(PlanLevel.Department, plan.Level);
        Assert.Equal(new PartialDate(2026, 4, 20), plan.IssueDate!.Value);
        Assert.Equal(new SourceLocation("plan.yaml", 7, 13), plan.IssueDate.Location);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new SourceLocation("plan.yaml", 11, 5), task.Location);
        Assert.Equal(13, task.Timeline!.Location.Line);
    }

    [Fact]
    public void DraftWithPartialDate_Loads()
    {
        var plan = PlanText.Load(PlanText.Minimal(status: "draft", number: "/KH-BV", date: "2026-04"));

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.False(plan.IssueDate!.Value.IsComplete);
        Assert.Equal("/KH-BV", plan.Number!.Value);
    }

    [Fact]
    public void VietnameseText_IsNormalisedToNfc()
    {
        // "Hoá" written with a combining acute accent (NFD) must come out composed (NFC).
        var decomposed = "Sở Y tế Thanh Hoa\u0301";
        var plan = PlanText.Load(PlanText.Minimal(issuer: decomposed));

        Assert.Equal("Sở Y tế Thanh Hoá", plan.Issuer.Value);
        Assert.True(plan.Issuer.Value.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("tasks:\n  - id: \"1\"\n    title: A\n    dealine: Quý I/2026\n", 13, 5, "unknown-key")]
    [InlineData("tasks:\n  - id: \"1\"\n    title: A\n  - id: \"1\"\n    title: B\n", 13, 5, "duplicate-id")]
    [InlineData("tasks:\n  - id: \"1\"\n", 11, 5, "missing-field")]
    [InlineData("tasks: nhiều việc\n", 10, 8, "expected-list")]
    [InlineData("recipients:\n  - a: b\n", 11, 5, "expected-string-list")]
    [InlineData("waivers:\n  - rule: CE-T001\n    until: 2026-13\n", 12, 12, "bad-date")]
    [InlineData("tasks:\n  - [1, 2\n", 12, 1, "yaml-syntax")]
    [InlineData("title: lặp lại\n", 10, 1, "duplicate-key")]
    public void BadPlan_GivesPositionedInputError(string extra, int line, int column, string code)
    {
        var error = PlanText.Error(PlanText.Minimal(extra: extra));

        Assert.Equal((code, line, column), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("level: region", "bad-enum")]
    [InlineData("issue_date: 20/4/2026", "bad-partial-date")]
    [InlineData("period: 2026-20", "bad-period")]
    [InlineData("id: Sở Y tế", "bad-id")]
    public void BadScalar_GivesInputErrorOnItsLine(string replacement, string code)
    {
        var key = replacement[..replacement.IndexOf(':')];
        var yaml = string.Join('\n', PlanText.Minimal().Split('\n').Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? replacement : l));
        var line = Array.FindIndex(yaml.Split('\n'), l => l == replacement) + 1;

        var error = PlanText.Error(yaml);

        Assert.Equal((code, line), (error.Code, error.Location.Line));
    }

    [Fact]
    public void MissingRequiredTopLevelField_PointsAtTheMapping()
    {
        var error = PlanText.Error("id: p\ntitle: T\nlevel: unit\nstatus: draft\n");

        Assert.Equal(("missing-field", 1, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal("issuer", error.Args["key"]);
    }

    [Fact]
    public void InputError_RendersFileLineColumnAndVietnameseMessage()
    {
        var error = PlanText.Error(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: A\n    dealine: x\n"), "fixtures/x.yaml");

        var text = InputErrorText.Render(error, Language.Vi);

        Assert.StartsWith("fixtures/x.yaml:13:5: khóa không hợp lệ 'dealine' trong task", text);
    }
}
