using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Tests.Support;

/// <summary>The YAML fixtures of the repository.</summary>
internal static class Fixtures
{
    /// <summary>Every YAML plan file under fixtures/ (excluding data that is not a plan).</summary>
    public static IEnumerable<string> PlanFiles() =>
        Directory.EnumerateFiles(Repo.Path("fixtures"), "*.y*ml", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Take(40).Any(l => l.StartsWith("format: compliance-plan/1", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    /// <summary>Loads the plans of the folders, each as its own run would (ids are unique within a cascade, not across).</summary>
    public static IReadOnlyList<Plan> Load(string folder)
    {
        var result = PlanLoader.Load([folder], Repo.Root);
        Assert.Empty(result.Errors.Select(e => InputErrorText.Render(e, Language.En)));
        return result.Plans;
    }

    /// <summary>The seed fixtures.</summary>
    public static IEnumerable<Plan> LoadAll() => Load(Repo.Path("fixtures", "seeds"));
}
