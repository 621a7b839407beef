using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>CE-C002 with the unit directory and text coverage, on the Lai Châu cascade fixture.</summary>
public sealed class ParentTaskCoveredTextTests
{
    private static IReadOnlyList<Plan> LaiChau()
    {
        var result = PlanLoader.Load([Repo.Path("fixtures", "cascades", "lai-chau-2026")]);
        Assert.Empty(result.Errors);
        return result.Plans;
    }

    // Fixture 04 as an imported document would be: the same text, no implements links at all.
    private static IReadOnlyList<Plan> LaiChauWithoutLinksIn04() => LaiChau().Select(p => p.Id != "bvdk-tam-duong-2026" ? p : p with
    {
        Tasks = p.Tasks.Select(t => t with { Implements = [] }).ToList(),
        Reports = p.Reports.Select(r => r with { Implements = [] }).ToList(),
        Indicators = p.Indicators.Select(i => i with { Implements = [] }).ToList(),
    }).ToList();

    private static string[] Fired(Evaluation evaluation) =>
        evaluation.Findings.Where(f => f.Rule.Id == "CE-C002").Select(f => $"{f.PlanId} {f.Subject.Id}").ToArray();

    [Fact]
    public void LinkedCascade_FlagsOnlyThePlantedGap()
    {
        var evaluation = RuleHarness.Evaluate([.. LaiChau()]);

        Assert.Equal(["bvdk-tam-duong-2026 4.2"], Fired(evaluation));
        var finding = evaluation.Findings.Single(f => f.Rule.Id == "CE-C002");
        // 4.2 is led by the Sở's own Phòng Nghiệp vụ Y with "các bệnh viện" as partners: the partners carry it out.
        Assert.Contains("gồm loại đơn vị này", finding.Message(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("xét theo liên kết implements; nhiệm vụ gần nhất: ", finding.Message(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("judged by implements links; closest task: ", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void ChildWithoutLinks_IsJudgedByText_AndStillShowsTheGap()
    {
        // 4.2 (violence) is the planted gap. The heading 4 is led by the Sở's own Phòng Tổ chức cán bộ with no unit below
        // named: it is the Sở's own work, not owed by a hospital.
        var evaluation = RuleHarness.Evaluate([.. LaiChauWithoutLinksIn04()]);

        Assert.Equal(["bvdk-tam-duong-2026 4.2"], Fired(evaluation).Order(StringComparer.Ordinal));
        var finding = evaluation.Findings.Single(f => f.Rule.Id == "CE-C002" && f.Subject.Id == "4.2");
        Assert.Equal("@coverage-by-text", finding.Args["method"]);
        Assert.EndsWith("%", finding.Args["score"], StringComparison.Ordinal);
        // Judged by text with a near match: an inference, so a warning that says how close the nearest task came.
        Assert.Equal("by-text", finding.Variant);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("nhiệm vụ gần nhất là " + finding.Args["bestMatch"] + ", mức khớp " + finding.Args["score"] + ", dưới ngưỡng 45%", finding.Message(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("This is inferred from the text", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void TaskOfOtherUnits_IsNotReportedEvenByText()
    {
        // Sở tasks III.1 (Phòng Tổ chức cán bộ) and III.3 (Trung tâm Kiểm soát bệnh tật) do not apply to a hospital.
        var fired = Fired(RuleHarness.Evaluate([.. LaiChauWithoutLinksIn04()]));

        Assert.DoesNotContain(fired, f => f.EndsWith(" III.1", StringComparison.Ordinal) || f.EndsWith(" III.3", StringComparison.Ordinal));
    }

    [Fact]
    public void CoverThreshold_IsARuleParameter()
    {
        var (ruleset, error) = Ruleset.TryParse("rules:\n  CE-C002: { parameters: { cover_threshold: \"0.99\" } }\n", "r.yaml", RuleAssembly.Catalog);
        Assert.Null(error);

        var strict = new RuleEngine(RuleAssembly.Catalog, ruleset!, new EngineOptions(RuleHarness.AsOf)).Evaluate([.. LaiChauWithoutLinksIn04()]);

        Assert.True(Fired(strict).Length > 2);
        Assert.Equal(["bvdk-tam-duong-2026 4.2"], Fired(new RuleEngine(RuleAssembly.Catalog, ruleset!, new EngineOptions(RuleHarness.AsOf)).Evaluate([.. LaiChau()])));
    }
}
