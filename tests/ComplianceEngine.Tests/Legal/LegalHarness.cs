using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

/// <summary>Runs the rules with the built-in legal-document catalogue, as the CLI does, and reports the legal findings.</summary>
internal static class LegalHarness
{

    /// <summary>The built-in catalogue.</summary>
    public static LegalCatalog BuiltIn => RuleAssembly.LegalCatalog;

    /// <summary>Every finding of every rule, with the built-in catalogue (or <paramref name="catalog"/>).</summary>
    public static Evaluation Evaluate(Plan[] plans, LegalCatalog? catalog = null) =>
        new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(RuleHarness.AsOf) { Catalog = catalog ?? BuiltIn }).Evaluate(plans);

    /// <summary>The findings of the legal rules (CE-L…) as "line RULEID", in report order.</summary>
    public static string[] Legal(params Plan[] plans) =>
        LegalFindings(plans).Select(f => $"{f.Location.Line} {f.Rule.Id}").ToArray();

    /// <summary>The findings of <paramref name="ruleId"/> as "line RULEID".</summary>
    public static string[] Fired(string ruleId, params Plan[] plans) =>
        LegalFindings(plans).Where(f => f.Rule.Id == ruleId).Select(f => $"{f.Location.Line} {f.Rule.Id}").ToArray();

    /// <summary>The findings of <paramref name="ruleId"/>.</summary>
    public static Finding[] Findings(string ruleId, params Plan[] plans) =>
        LegalFindings(plans).Where(f => f.Rule.Id == ruleId).ToArray();

    /// <summary>
    /// A minimal issued plan (<see cref="PlanText.Minimal"/>) of the year of <paramref name="date"/>, whose YAML continues
    /// with <paramref name="extra"/> at line 10.
    /// </summary>
    public static Plan Plan(string extra, string date = "2026-04-20", string issuer = "Sở Y tế tỉnh Lai Châu") =>
        PlanText.Load(PlanText.Minimal(extra: extra, date: date, issuer: issuer).Replace("period: \"2026\"", $"period: \"{date[..4]}\"", StringComparison.Ordinal));

    /// <summary>
    /// YAML of a <c>legal_bases</c> list whose citations start at lines 11, 16, 21 … (five lines each): each item is
    /// (type, number, date, issuer); the raw text is composed from them.
    /// </summary>
    public static string Bases(params (string Type, string Number, string Date, string Issuer)[] citations) =>
        "legal_bases:\n" + string.Concat(citations.Select(c =>
            $"  - type: {c.Type}\n    number: \"{c.Number}\"\n    date: \"{c.Date}\"\n    issuer: {c.Issuer}\n    raw: \"{c.Type} số {c.Number} ngày {c.Date} của {c.Issuer}\"\n"));

    private static IEnumerable<Finding> LegalFindings(Plan[] plans) =>
        Evaluate(plans).Findings.Where(f => f.Rule.Category == RuleCategory.Legal);
}
