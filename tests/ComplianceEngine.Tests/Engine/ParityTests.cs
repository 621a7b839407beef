using ComplianceEngine.Benchmarks;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Engine;

/// <summary>
/// The findings of the rules on every input the repository has — fixtures, seed documents, the shared cascades and a
/// benchmark cascade — kept as text (Engine/Parity/*.txt). They were written by the home-made engine before the move to
/// NRules and the NRules runner must reproduce them line for line: rule, severity, plan, place, subject, variant and
/// every argument. A deliberate change of a rule's findings rewrites them: <c>PARITY_WRITE=1 dotnet test --filter ParityTests</c>,
/// and the diff is reviewed in the commit.
/// </summary>
public sealed class ParityTests
{
    /// <summary>The inputs: a name and the plans of one run.</summary>
    public static TheoryData<string> Inputs() =>
    [
        "fixtures-seeds", "fixtures-lai-chau-2026", "fixtures-thanh-hoa-2019", "fixtures-legal", "fixtures-import",
        "shared-seeds", "corpus-nghe-an-2022", "corpus-quang-ninh-2023", "corpus-ha-tinh-2024", "corpus-son-la-2026", "benchmark-3x4",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Findings_AreTheSameAsTheRecordedOnes(string input)
    {
        var plans = Plans(input);
        Assert.NotEmpty(plans);

        // Files outside the repository are shown with their absolute path; the recording holds them as ../shared, so that it
        // does not depend on where the checkout lives.
        var shared = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared")) + Path.DirectorySeparatorChar;
        var actual = (string.Join('\n', BenchmarkCascade.Lines(RuleHarness.Evaluate([.. plans]))) + "\n").Replace(shared, "../shared/", StringComparison.Ordinal);

        var file = Repo.Path("tests", "ComplianceEngine.Tests", "Engine", "Parity", input + ".txt");
        if (Environment.GetEnvironmentVariable("PARITY_WRITE") == "1")
        {
            File.WriteAllText(file, actual);
        }

        Assert.Equal(File.ReadAllText(file), actual);
    }

    private static IReadOnlyList<Core.Model.Plan> Plans(string input)
    {
        var shared = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared"));
        return input switch
        {
            "benchmark-3x4" => BenchmarkCascade.Make(3, 4, 8),
            "shared-seeds" => Load(Repo.Seeds),
            _ when input.StartsWith("corpus-", StringComparison.Ordinal) => Load(Path.Combine(shared, "corpus", input["corpus-".Length..])),
            "fixtures-lai-chau-2026" or "fixtures-thanh-hoa-2019" => Load(Repo.Path("fixtures", "cascades", input["fixtures-".Length..])),
            _ => Load(Repo.Path("fixtures", input["fixtures-".Length..])),
        };
    }

    // Files that are not plans (an answer key, a README) are input errors of their own and not what is compared here.
    private static IReadOnlyList<Core.Model.Plan> Load(string folder) => PlanLoader.Load([folder], Repo.Root).Plans;
}
