using ComplianceEngine.Core.Engine;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Engine;

/// <summary>A rule that throws on any plan; discovered only when the test assembly is added to the catalogue.</summary>
[NRules.Fluent.Dsl.Name("CE-T999"), NRules.Fluent.Dsl.Tag("task")]
public sealed class FailingRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public override void Define()
    {
        PlanFact plan = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan);
        Then().Do(ctx => findings.Add(ctx, Evaluate()));
    }

    private static IEnumerable<RuleHit> Evaluate() => throw new InvalidOperationException("deliberate failure");
}

public sealed class RuleFailedTests
{
    [Fact]
    public void ThrowingRule_BecomesCeE001AndTheOtherRulesStillRun()
    {
        var catalog = RuleCatalog.Discover(RuleAssembly.Assembly, typeof(RuleFailedTests).Assembly);
        Assert.Empty(catalog.Problems);
        var plan = PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: A\n"));

        var findings = new RuleEngine(catalog, Ruleset.Empty, new EngineOptions(RuleHarness.AsOf)).Evaluate([plan]).Findings;

        var failure = Assert.Single(findings, f => f.Rule.Id == "CE-E001" && f.Subject.Id == "CE-T999");
        Assert.Equal(("rule", "CE-T999"), (failure.Subject.Kind, failure.Subject.Id));
        Assert.Contains("deliberate failure", failure.Message(Language.En));
        Assert.Contains(findings, f => f.Rule.Id == "CE-T001"); // the run went on
    }

    [Fact]
    public void Findings_AreSortedByFileLineColumnRule()
    {
        var plans = Fixtures.Load(Repo.Path("fixtures", "cascades", "lai-chau-2026")).ToArray();

        var findings = RuleHarness.Evaluate(plans).Findings;

        Assert.Equal(findings.Order(Comparer<Finding>.Create(Finding.Compare)), findings);
    }

    [Fact]
    public void Evaluation_IsTheSameSequentialAndParallel()
    {
        var plans = Fixtures.Load(Repo.Path("fixtures", "cascades", "thanh-hoa-2019")).ToArray();
        string Run(int parallelism) => string.Join('\n', new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(RuleHarness.AsOf, parallelism) { Catalog = RuleAssembly.LegalCatalog })
            .Evaluate(plans).Findings.Select(f => $"{f.Location} {f.Rule.Id} {f.Message(Language.Vi)}"));

        Assert.Equal(Run(1), Run(-1));
    }
}

public sealed class CompiledRulesTests
{
    private static Ruleset Parse(string text)
    {
        var (ruleset, error) = Ruleset.TryParse(text, "test-ruleset.yaml", RuleAssembly.Catalog);
        Assert.Null(error);
        return ruleset!;
    }

    [Fact]
    public void SameRulesetContent_IsCompiledOnce()
    {
        var first = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-C002: { parameters: { cover_threshold: \"0.41\" } }\n"));
        var second = CompiledRules.For(RuleAssembly.Catalog, Parse("format: ruleset/1\nrules:\n  CE-C002:\n    parameters:\n      cover_threshold: \"0.41\"\n"));

        Assert.Same(first, second);
    }

    [Fact]
    public void DifferentParameters_AreCompiledApart()
    {
        var first = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-C002: { parameters: { cover_threshold: \"0.42\" } }\n"));
        var second = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-C002: { parameters: { cover_threshold: \"0.43\" } }\n"));

        Assert.NotSame(first, second);
    }

    [Fact]
    public void DisabledRule_IsNotCompiled()
    {
        var compiled = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-T001: { enabled: false }\n  CE-L002: { enabled: false }\n"));

        Assert.Equal(RuleAssembly.Catalog.Rules.Count - 2, compiled.RuleIds.Count);
        Assert.DoesNotContain("CE-T001", compiled.RuleIds);
        Assert.DoesNotContain("CE-L002", compiled.RuleIds);
    }

    [Fact]
    public void SeverityChange_ReusesTheCompiledRules()
    {
        var first = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-T001: { severity: info }\n  CE-T002: { enabled: false }\n"));
        var second = CompiledRules.For(RuleAssembly.Catalog, Parse("rules:\n  CE-T001: { severity: error }\n  CE-T002: { enabled: false }\n"));

        Assert.Same(first, second);
    }
}
