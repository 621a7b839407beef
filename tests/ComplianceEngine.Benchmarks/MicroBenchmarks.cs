using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// The micro-parts of a national audit, measured by BenchmarkDotNet on documents of the generator (one province, one Sở,
/// one unit): importing one document of each format, every rule over one parent → child link, and text coverage of every
/// parent task against one child. Run: <c>dotnet run -c Release --project tests/ComplianceEngine.Benchmarks -- micro</c>.
/// </summary>
[Config(typeof(InProcessShortRun))]
public class MicroBenchmarks
{
    private string folder = string.Empty;
    private string text = string.Empty;
    private string markdown = string.Empty;
    private string word = string.Empty;
    private Plan parent = null!;
    private Plan child = null!;
    private RuleEngine engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "ce-micro-" + Environment.ProcessId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        NationalCascadeGenerator.Generate(new GeneratorOptions(Provinces: 1, Departments: 3, Units: 6, Seed: 42, GapRate: 0), folder, RuleAssembly.LegalCatalog, RuleAssembly.CoverageMatcher);
        var files = PlanLoader.ScanFolder(folder);
        text = files.First(f => f.EndsWith(".txt", StringComparison.Ordinal));
        markdown = files.First(f => f.EndsWith(".md", StringComparison.Ordinal));
        word = files.First(f => f.EndsWith(".docx", StringComparison.Ordinal));
        var plans = PlanLoader.Load([folder]).Plans;
        var link = Core.Cascade.PlanIndex.Build(plans).Links.First(l => l.Parent.Level == PlanLevel.Department);
        (parent, child) = (link.Parent, link.Child);
        engine = new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(new DateOnly(2026, 11, 23)) { Catalog = RuleAssembly.LegalCatalog, Units = RuleAssembly.Units });
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Description = "import one .txt document")]
    public Plan ImportText() => PlanLoader.Load([text]).Plans[0];

    [Benchmark(Description = "import one .md document")]
    public Plan ImportMarkdown() => PlanLoader.Load([markdown]).Plans[0];

    [Benchmark(Description = "import one .docx document")]
    public Plan ImportWord() => PlanLoader.Load([word]).Plans[0];

    [Benchmark(Description = "all rules on one link (parent + child)")]
    public int RulesOnOneLink() => engine.Evaluate([parent, child]).Findings.Count;

    // The run's matcher: a parent task's text is analysed once and kept, as in an audit (one parent, many children);
    // the child's index is built afresh each time, as each child is indexed once per run.
    [Benchmark(Description = "text coverage of every parent task, one child")]
    public int CoverageOfOneLink()
    {
        var matcher = RuleAssembly.CoverageMatcher;
        var index = matcher.Index(child);
        return parent.Tasks.Count(t => matcher.Decide(t, index, new CoverageOptions()).Covered);
    }
}

/// <summary>
/// A short run in this process: BenchmarkDotNet's generated project cannot build beside this one (its namespace
/// ComplianceEngine.Benchmarks hides the library's own), and in-process needs no second build.
/// </summary>
public sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
