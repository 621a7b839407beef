using System.Text.Json;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Reporting;

public sealed class TraceabilityTests
{
    private static IReadOnlyList<TraceCell> ThanhHoa()
    {
        var evaluation = RuleHarness.Evaluate(Fixtures.Load(Repo.Path("fixtures", "cascades", "thanh-hoa-2019")).ToArray());
        return RuleAssembly.Trace(evaluation.Index.Plans, evaluation, Ruleset.Empty);
    }

    [Fact]
    public void Matrix_HasCoveredMissingWaivedAndNotApplicableCells()
    {
        var cells = ThanhHoa().ToDictionary(c => $"{c.ParentTask.Id}×{c.Child.Id}", c => c.Status);

        Assert.Equal(TraceStatus.Covered, cells["1×bvdk-cam-thuy-2019"]);
        Assert.Equal(TraceStatus.Missing, cells["3×bvdk-trieu-son-2019"]);
        Assert.Equal(TraceStatus.Waived, cells["2×bvdk-trieu-son-2019"]);
        Assert.Equal(TraceStatus.NotApplicable, cells["III.1×so-y-te-thanh-hoa-2019"]);
    }

    [Fact]
    public void Matrix_AgreesWithCeC002()
    {
        var plans = Fixtures.Load(Repo.Path("fixtures", "cascades", "thanh-hoa-2019")).ToArray();
        var evaluation = RuleHarness.Evaluate(plans);
        var missing = RuleAssembly.Trace(evaluation.Index.Plans, evaluation, Ruleset.Empty)
            .Where(c => c.Status == TraceStatus.Missing).Select(c => $"{c.Child.Id}/{c.ParentTask.Id}");
        var findings = evaluation.Findings.Where(f => f.Rule.Id == "CE-C002").Select(f => $"{f.PlanId}/{f.Subject.Id}");

        Assert.Equal(findings.Order(), missing.Order());
    }

    [Fact]
    public void NotApplicableCell_SaysWhoTheTaskIsFor()
    {
        var cell = ThanhHoa().Single(c => c.ParentTask.Id == "III.1" && c.Child.Id == "so-y-te-thanh-hoa-2019");

        // "chỉ giao cho đơn vị khác" = assigned to other units only.
        Assert.StartsWith("chỉ giao cho đơn vị khác", cell.Applicability.Describe(Language.Vi));
    }
}

public sealed class SarifReportWriterTests
{
    [Fact]
    public void Sarif_HasRulesResultsLocationsAndSuppressions()
    {
        var evaluation = RuleHarness.Evaluate(Fixtures.Load(Repo.Path("fixtures", "cascades", "thanh-hoa-2019")).ToArray());
        using var writer = new StringWriter();
        new SarifReportWriter().Write(Report.From(evaluation, []), Language.En, writer);

        using var doc = JsonDocument.Parse(writer.ToString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(evaluation.Findings.Count + evaluation.Waived.Count, results.Count);
        foreach (var r in results)
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("CE-C002", suppressed.GetProperty("ruleId").GetString());
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
    }
}
