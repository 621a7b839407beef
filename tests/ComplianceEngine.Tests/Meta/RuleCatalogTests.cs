using System.Text.RegularExpressions;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Meta;

/// <summary>Meta-tests over every rule: the catalogue is consistent, complete, tested and current.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => [.. RuleAssembly.Catalog.Descriptors.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Discovery_FindsNoProblems() => Assert.Empty(RuleAssembly.Catalog.Problems);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_IsComplete(string id)
    {
        var d = RuleAssembly.Catalog[id];

        Assert.Matches(new Regex("^CE-[A-Z][0-9]{3}$"), d.Id);
        foreach (var text in new[] { d.Title, d.Message, d.Fix, d.Rationale }.Concat(d.Variants.Values.SelectMany(v => new[] { v.Message, v.Fix })))
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Vi));
            Assert.False(string.IsNullOrWhiteSpace(text.En));
            Assert.True(text.Vi.IsNormalized(System.Text.NormalizationForm.FormC));
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Placeholders_AgreeBetweenLanguages(string id)
    {
        var d = RuleAssembly.Catalog[id];
        foreach (var text in new[] { d.Message, d.Fix }.Concat(d.Variants.Values.SelectMany(v => new[] { v.Message, v.Fix })))
        {
            Assert.Equal(Placeholders.Names(text.Vi).Order().Distinct(), Placeholders.Names(text.En).Order().Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleMetadata_AgreesWithDescriptor(string id)
    {
        if (RuleCatalog.EngineRuleIds.Contains(id))
        {
            Assert.DoesNotContain(RuleAssembly.Catalog.Rules, r => r.Id == id);
            return;
        }

        var rule = Assert.Single(RuleAssembly.Catalog.Rules, r => r.Id == id);
        var descriptor = RuleAssembly.Catalog[id];

        Assert.Equal([descriptor.Category.ToString().ToLowerInvariant()], rule.Tags);
        Assert.True(typeof(ComplianceRule).IsAssignableFrom(rule.Type));
        Assert.EndsWith($"/{rule.Type.Name}.rule.yaml", descriptor.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRuleClass_HasATestClassNamedAfterIt()
    {
        var testClasses = typeof(RuleCatalogTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        var missing = RuleAssembly.Catalog.Rules.Select(r => r.Type.Name + "Tests")
            .Concat(RuleCatalog.EngineRuleIds.Select(id => RuleAssembly.Catalog.Descriptors[id].Source.Split('/').Last().Replace(".rule.yaml", "Tests")))
            .Where(name => !testClasses.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void NoRule_CrashesOnAnEmptyPlan()
    {
        var empty = PlanText.Load("id: e\ntitle: T\nissuer: X\nlevel: unit\nstatus: draft\nparent: { id: e2 }\n");
        var emptyParent = PlanText.Load("id: e2\ntitle: T\nissuer: Y\nlevel: department\nstatus: issued\n", "parent.yaml");

        var evaluation = RuleHarness.Evaluate(empty, emptyParent);

        Assert.DoesNotContain(evaluation.Findings, f => f.Rule.Id == "CE-E001");
    }

    [Fact]
    public void EveryFindingMessage_HasNoUnfilledPlaceholder()
    {
        var evaluation = RuleHarness.Evaluate(Fixtures.LoadAll().ToArray());
        foreach (var f in evaluation.Findings)
        {
            foreach (var lang in new[] { Language.Vi, Language.En })
            {
                Assert.DoesNotMatch(new Regex(@"\{[A-Za-z]+\}"), f.Message(lang));
                Assert.DoesNotMatch(new Regex(@"\{[A-Za-z]+\}"), f.Fix(lang));
            }
        }
    }

    [Fact]
    public void CatalogFile_IsCurrent()
    {
        // rules/CATALOG.md is generated; regenerate with: dotnet run --project src/ComplianceEngine.Cli -- rules > rules/CATALOG.md
        var expected = RuleCatalogWriter.Write(RuleAssembly.Catalog, Language.Vi);
        var path = Repo.Path("rules", "CATALOG.md");
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "rules/CATALOG.md is stale: run `dotnet run --project src/ComplianceEngine.Cli -- rules > rules/CATALOG.md`");
    }

    [Fact]
    public void DefaultRuleset_Loads()
    {
        var (_, error) = Ruleset.TryParse(RuleAssembly.ReadResource("rules/ruleset.yaml"), "rules/ruleset.yaml", RuleAssembly.Catalog);

        Assert.Null(error);
    }

    [Fact]
    public void Ruleset_RejectsUnknownRuleWithItsLine()
    {
        var (_, error) = Ruleset.TryParse("format: ruleset/1\nrules:\n  CE-X999: { enabled: false }\n", "r.yaml", RuleAssembly.Catalog);

        Assert.Equal(("unknown-rule", 3), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void Ruleset_CanSwitchOffAndReclassifyRules()
    {
        var (ruleset, _) = Ruleset.TryParse("rules:\n  CE-T001: { enabled: false }\n  CE-T002: { severity: error }\n", "r.yaml", RuleAssembly.Catalog);
        var plan = PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: A\n"));

        var findings = new RuleEngine(RuleAssembly.Catalog, ruleset!, new EngineOptions(RuleHarness.AsOf)).Evaluate([plan]).Findings;

        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-T001");
        Assert.Equal(Severity.Error, Assert.Single(findings, f => f.Rule.Id == "CE-T002").Severity);
    }
}
