using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Tests.Support;

/// <summary>Runs the built-in engine on plans and returns one rule's findings as "line:col RULEID" strings, in order.</summary>
internal static class RuleHarness
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    /// <summary>The findings of every rule, with the built-in legal catalogue, as the CLI runs them.</summary>
    public static Evaluation Evaluate(params Plan[] plans) =>
        new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(AsOf) { Catalog = RuleAssembly.LegalCatalog }).Evaluate(plans);

    /// <summary>The findings of <paramref name="ruleId"/> as "file:line:col RULEID subject".</summary>
    public static string[] Fired(string ruleId, params Plan[] plans) =>
        Evaluate(plans).Findings.Where(f => f.Rule.Id == ruleId)
            .Select(f => $"{f.Location.File}:{f.Location.Line}:{f.Location.Column} {f.Rule.Id} {f.Subject.Id}")
            .ToArray();

    /// <summary>The findings of <paramref name="ruleId"/>.</summary>
    public static Finding[] Findings(string ruleId, params Plan[] plans) =>
        Evaluate(plans).Findings.Where(f => f.Rule.Id == ruleId).ToArray();
}
