using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// The benchmark project's commands on documents:
/// <c>generate --scale 1|2|4|full --out DIR [--seed 42]</c> writes a national cascade of real-size documents;
/// <c>e2e DIR</c> times every stage of an audit of it against the floor and counts the planted gaps found;
/// <c>micro</c> runs the BenchmarkDotNet micro-benchmarks (one document import, one link's trace).
/// </summary>
internal static class Commands
{
    public static int Run(string[] args)
    {
        var options = Options(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                return Generate(options);
            case "micro":
                BenchmarkDotNet.Running.BenchmarkRunner.Run<MicroBenchmarks>(args: [.. args.Skip(1)]);
                return 0;
            case "e2e" when options.TryGetValue("_", out var folder):
                return EndToEnd.Run(folder, new DateOnly(2026, 11, 23));
            default:
                Console.Error.WriteLine($"unknown command '{args[0]}': generate | e2e | micro");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                result[key] = "true";
            }
            else if (key is not null)
            {
                result[key] = arg;
                key = null;
            }
            else
            {
                result["_"] = arg;
            }
        }

        return result;
    }

    private static int Int(Dictionary<string, string> o, string key, int fallback) =>
        o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static int Generate(Dictionary<string, string> o)
    {
        if (!o.TryGetValue("out", out var folder))
        {
            Console.Error.WriteLine("generate: --out DIR is required");
            return 2;
        }

        var seed = Int(o, "seed", 42);
        var options = GeneratorOptions.ForScale(o.GetValueOrDefault("scale", "1"), seed);
        options = options with
        {
            Provinces = Int(o, "provinces", options.Provinces),
            Departments = Int(o, "departments", options.Departments),
            Units = Int(o, "units", options.Units),
            GapRate = o.TryGetValue("gap-rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : options.GapRate,
        };
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Console.Error.WriteLine($"generate: {folder} is not empty");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var (documents, bytes, gaps) = NationalCascadeGenerator.Generate(options, folder, RuleAssembly.LegalCatalog, RuleAssembly.CoverageMatcher);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents} documents, {bytes / 1024.0 / 1024.0:F1} MB ({bytes / documents / 1024.0:F1} KB each), {gaps.Count} gaps planted ({gaps.Count(g => g.Rule == "CE-C002")} CE-C002, {gaps.Count(g => g.Rule == "CE-C003")} CE-C003) in {folder}, {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
