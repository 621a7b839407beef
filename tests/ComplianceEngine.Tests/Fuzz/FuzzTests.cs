using Xunit.Abstractions;

namespace ComplianceEngine.Tests.Fuzz;

/// <summary>
/// The fuzz campaign (<see cref="FuzzCampaign"/>): a short run of <see cref="ShortRun"/> cases in every test run, a long
/// one by <c>CE_FUZZ_CASES=10000 dotnet test tests/ComplianceEngine.Tests --filter Category=Fuzz --logger "console;verbosity=detailed"</c>,
/// which prints its counts. <c>CE_FUZZ_SEED</c> replays a run (CsCheck's seed). Each failure found became a named
/// regression test in <see cref="HostileInputTests"/>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const long ShortRun = 1_000;

    /// <summary>
    /// Writes the input of one case (<c>CE_FUZZ_DUMP=seed:m1-m2:random:size</c>, as a failure prints it) to
    /// <c>CE_FUZZ_DUMP_TO</c>, to reproduce it through the command line; skipped otherwise.
    /// </summary>
    [FuzzDumpFact]
    [Trait("Category", "FuzzDump")]
    public void DumpCase()
    {
        var parts = Environment.GetEnvironmentVariable("CE_FUZZ_DUMP")!.Split(':');
        var input = FuzzInputs.Make(int.Parse(parts[0]), parts[1].Split('-').Select(int.Parse).ToArray(), ulong.Parse(parts[2]), parts.Length < 4 || parts[3] == "large");
        var to = Environment.GetEnvironmentVariable("CE_FUZZ_DUMP_TO") ?? Path.Combine(Path.GetTempPath(), "fuzz-case");
        File.WriteAllBytes(to + input.Extension, input.Bytes);
        output.WriteLine(to + input.Extension + ": " + input.Recipe);
    }

    [Fact]
    [Trait("Category", "Fuzz")]
    public void MutatedInputs_AreRefusedOrLoaded_NeverCrash_AndImportsLoadBack()
    {
        var cases = long.TryParse(Environment.GetEnvironmentVariable("CE_FUZZ_CASES"), out var n) && n > 0 ? n : ShortRun;
        // In the short run one plan in 50 goes through the engine and the four report writers (they are slower than loading).
        var reportEvery = cases > ShortRun ? 10 : 50;
        var tally = FuzzCampaign.Run(cases, reportEvery, large: cases > ShortRun, Environment.GetEnvironmentVariable("CE_FUZZ_SEED"));
        output.WriteLine(tally.ToString());
        foreach (var failure in tally.Failures.Take(50))
        {
            output.WriteLine(failure);
        }

        Assert.Equal(cases, tally.Cases);
        Assert.True(tally.Unhandled == 0 && tally.RoundTripFailures == 0 && tally.Failures.Count(f => !f.StartsWith("slow", StringComparison.Ordinal)) == 0,
            tally + "\n" + string.Join('\n', tally.Failures.Take(20)));
        if (cases > ShortRun)
        {
            // The long run holds the time budget too; the short one, run on shared CI machines, only prints it.
            Assert.True(tally.Slow == 0, tally + "\n" + string.Join('\n', tally.Failures.Where(f => f.StartsWith("slow", StringComparison.Ordinal)).Take(20)));
        }
    }
}

/// <summary>A tool run through the test runner: skipped (reported as skipped) unless CE_FUZZ_DUMP is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FuzzDumpFactAttribute : FactAttribute
{
    public FuzzDumpFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CE_FUZZ_DUMP") is null)
        {
            Skip = "a tool: set CE_FUZZ_DUMP=seed:m1-m2:random:size (and CE_FUZZ_DUMP_TO=PATH) to write one fuzz case's input";
        }
    }
}
