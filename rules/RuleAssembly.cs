using System.Reflection;
using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules;

/// <summary>Entry point to the built-in rules: the catalogue discovered from this assembly and the default ruleset.</summary>
public static class RuleAssembly
{
    private static readonly Lazy<RuleCatalog> LazyCatalog = new(() => RuleCatalog.Discover(typeof(RuleAssembly).Assembly));

    /// <summary>The built-in rules and descriptors.</summary>
    public static RuleCatalog Catalog => LazyCatalog.Value;

    /// <summary>The assembly the rules live in.</summary>
    public static Assembly Assembly => typeof(RuleAssembly).Assembly;

    /// <summary>Text of an embedded data file, e.g. <c>rules/ruleset.yaml</c>.</summary>
    public static string ReadResource(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? throw new FileNotFoundException($"embedded resource {logicalName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
