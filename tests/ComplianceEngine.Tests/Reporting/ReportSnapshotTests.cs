using System.Text.Json;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Reporting;

/// <summary>Markdown reports against *.verified.md snapshots (Verify's conventions), and the JSON contract.</summary>
public sealed class ReportSnapshotTests
{
    private static Report AuditReport(string cascade)
    {
        var evaluation = RuleHarness.Evaluate(Fixtures.Load(Repo.Path("fixtures", "cascades", cascade)).ToArray());
        return Report.From(evaluation, [], null, reported => ComplianceEngine.Rules.RuleAssembly.Trace(reported, evaluation, Ruleset.Empty));
    }

    private static string Markdown(Report report, Language language)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new MarkdownReportWriter().Write(report, language, writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData("lai-chau-2026", Language.Vi)]
    [InlineData("thanh-hoa-2019", Language.Vi)]
    [InlineData("lai-chau-2026", Language.En)]
    public void CascadeAuditMarkdown_MatchesSnapshot(string cascade, Language language) =>
        Snapshot.Verify(Markdown(AuditReport(cascade), language), Path.Combine("Reporting", "Snapshots"), $"{cascade}.{language.ToString().ToLowerInvariant()}");

    [Fact]
    public void Markdown_IsDeterministic() =>
        Assert.Equal(Markdown(AuditReport("lai-chau-2026"), Language.Vi), Markdown(AuditReport("lai-chau-2026"), Language.Vi));

    [Fact]
    public void Json_FollowsTheContract()
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(AuditReport("thanh-hoa-2019"), Language.Vi, writer);
        var text = writer.ToString();
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;

        Assert.Equal("compliance-report/1", root.GetProperty("format").GetString());
        var plan = root.GetProperty("plans")[0];
        foreach (var key in new[] { "id", "file", "level", "number", "parent" })
        {
            Assert.True(plan.TryGetProperty(key, out _), key);
        }

        var finding = root.GetProperty("findings")[0];
        foreach (var key in new[] { "ruleId", "category", "severity", "planId", "file", "line", "message", "subject" })
        {
            Assert.True(finding.TryGetProperty(key, out _), key);
        }

        Assert.Equal(["kind", "id"], finding.GetProperty("subject").EnumerateObject().Select(p => p.Name));
        Assert.Contains(finding.GetProperty("category").GetString(), new[] { "plan", "task", "legal", "cascade" });
        Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        var summary = root.GetProperty("summary");
        Assert.Equal(root.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error"), summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("waived").GetInt32());

        var cells = root.GetProperty("coverage").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("status").GetString() == "missing" && c.GetProperty("child").GetString() == "bvdk-trieu-son-2019" && c.GetProperty("parentTask").GetString() == "3");
        Assert.Contains(cells, c => c.GetProperty("status").GetString() == "not-applicable" && c.GetProperty("applicability").GetString() == "other-units");

        // The Sở's task 3 (converted from a document) names no body: it is checked, but its applicability is not determined.
        Assert.Contains(cells, c => c.GetProperty("parentTask").GetString() == "3" && c.GetProperty("applies").GetBoolean() && c.GetProperty("applicability").GetString() == "undetermined");
        Assert.Contains(cells, c => c.GetProperty("status").GetString() == "waived" && c.GetProperty("waiverReason").GetString()!.Length > 0);

        // Vietnamese stays readable: "nhiệm vụ" is written as such, not as \u escapes.
        Assert.Contains("Nhiệm vụ", text);
        Assert.DoesNotContain("\\u1EC7", text);
    }
}
