using ComplianceEngine.Benchmarks;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Cascade;

/// <summary>
/// The benchmark's national-cascade generator, at a tiny size (one province, three Sở, three units each): its documents
/// (.txt, .md and .docx, one file name in many folders) import without errors, every child links to its parent by
/// citation, and the engine finds exactly the gaps planted — correctness only; timing belongs to the benchmark.
/// </summary>
public sealed class GeneratedCascadeTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ce-generated-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private IReadOnlyList<PlantedGap> Generate(string into) =>
        NationalCascadeGenerator.Generate(new GeneratorOptions(Provinces: 1, Departments: 3, Units: 3, Seed: 7, GapRate: 0.5), into, RuleAssembly.LegalCatalog, RuleAssembly.CoverageMatcher).Gaps;

    [Fact]
    public void TinyCascade_EveryPlantedGapFound_NoOtherGap()
    {
        var gaps = Generate(folder);
        var loaded = PlanLoader.Load([folder]);

        Assert.Empty(loaded.Errors);
        Assert.Equal(14, loaded.Plans.Count); // 1 national + 1 province + 3 Sở + 9 units
        Assert.Contains(loaded.Plans, p => p.Location.File.EndsWith(".docx", StringComparison.Ordinal));
        var evaluation = RuleHarness.Evaluate([.. loaded.Plans]);
        Assert.Equal(13, evaluation.Index.Links.Count); // every child found its parent through its citation

        var check = PlantedGapCheck.Check(gaps, evaluation.Findings);
        Assert.Contains(gaps, g => g.Rule == "CE-C002");
        Assert.Contains(gaps, g => g.Rule == "CE-C003");
        Assert.Empty(check.Missed);
        Assert.Empty(check.Unexpected);
    }

    [Fact]
    public void SameSeed_SameDocumentsAndGaps()
    {
        var again = folder + "-again";
        try
        {
            var first = Generate(folder);
            var second = Generate(again);
            Assert.Equal(first, second, (a, b) => a.Rule == b.Rule && a.Child == b.Child && a.ParentLines.SequenceEqual(b.ParentLines) && a.ChildLines.SequenceEqual(b.ChildLines));
            var text = "tinh-an-giang/ke-hoach-2026.txt";
            Assert.Equal(File.ReadAllText(Path.Combine(folder, text)), File.ReadAllText(Path.Combine(again, text)));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }
}
