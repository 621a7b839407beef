using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Benchmarks;
using ComplianceEngine.Rules;

// Benchmark of a national cascade: one national plan, 63 provinces, N departments per province and M units per
// department (defaults give 1 + 63 + 63×20 + 63×20×15 = 20,224 plans), every child linked to its parent and
// implementing most of its tasks, with some gaps. Measures evaluation and the coverage matrix, not loading.
// Run: dotnet run -c Release --project tests/ComplianceEngine.Benchmarks -- [departments-per-province] [units-per-department] [tasks-per-plan]
// 1,011,200 tasks: -- 20 15 50
// The document benchmarks are commands of their own (README "Performance"): generate, e2e, micro.
if (args.Length > 0 && !char.IsDigit(args[0][0]))
{
    return Commands.Run(args);
}

var departments = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var unitsPer = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;

var tasksPerPlan = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
var plans = BenchmarkCascade.Make(departments, unitsPer, tasksPerPlan);

var engine = new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(new DateOnly(2026, 11, 23)) { Catalog = RuleAssembly.LegalCatalog });
engine.Evaluate(plans.Take(2000).ToList()); // warm-up: JIT and catalogue loading

if (Environment.GetEnvironmentVariable("PER_RULE") == "1")
{
    // Time each rule alone, to find the expensive ones.
    foreach (var id in RuleAssembly.Catalog.Rules.Select(r => r.Id))
    {
        var only = string.Join("", RuleAssembly.Catalog.Rules.Where(r => r.Id != id).Select(r => $"  {r.Id}: {{ enabled: false }}\n"));
        var (ruleset, _) = Ruleset.TryParse("rules:\n" + only, "per-rule.yaml", RuleAssembly.Catalog);
        var single = new RuleEngine(RuleAssembly.Catalog, ruleset!, new EngineOptions(new DateOnly(2026, 11, 23)) { Catalog = RuleAssembly.LegalCatalog });
        var sw = Stopwatch.StartNew();
        single.Evaluate(plans);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {sw.Elapsed.TotalSeconds:F2} s"));
    }
}

var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
var evaluation = engine.Evaluate(plans);
var evaluate = clock.Elapsed;
var evaluateCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
clock.Restart();
var trace = RuleAssembly.Trace(evaluation.Index.Plans, evaluation, Ruleset.Empty);
var matrix = clock.Elapsed;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"plans: {plans.Count}, tasks: {plans.Sum(p => p.Tasks.Count)}, links: {evaluation.Index.Links.Count}, findings: {evaluation.Findings.Count}, matrix cells: {trace.Count}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"evaluate: {evaluate.TotalSeconds:F2} s ({plans.Count / evaluate.TotalSeconds:F0} plans/s, CPU {evaluateCpu.TotalSeconds:F2} s), coverage matrix: {matrix.TotalSeconds:F2} s, cores: {Environment.ProcessorCount}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB, findings digest: {BenchmarkCascade.Digest(evaluation)}"));
return 0;
