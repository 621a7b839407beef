using System.Diagnostics;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Loading;
using CsCheck;

namespace ComplianceEngine.Tests.Fuzz;

/// <summary>What a fuzz run counted, and the recipes of the inputs that failed.</summary>
public sealed class FuzzTally
{
    public int Cases;
    public int Loaded;
    public int InputErrors;
    public int Unhandled;
    public int Slow;
    public int RoundTripFailures;
    public int Reported;
    public TimeSpan Slowest;
    public List<string> Failures { get; } = [];

    public override string ToString() =>
        $"cases: {Cases}, loaded: {Loaded}, input errors: {InputErrors}, reports written: {Reported}, unhandled exceptions: {Unhandled}, "
        + $"inputs over {FuzzCampaign.SlowSeconds} s: {Slow}, round-trip failures: {RoundTripFailures}, slowest: {Slowest.TotalSeconds:0.00} s";
}

/// <summary>
/// Runs mutated inputs through the entry points the command line uses: <see cref="PlanLoader"/> (the YAML loader and the
/// .md/.txt/.docx importers behind it), the rule engine and every report writer (<see cref="AuditSetup"/> and
/// <see cref="ReportRunner.WriterFor"/>), and <c>import</c>'s YAML writer followed by the YAML loader. An input may be
/// refused — an input error naming the file is the right answer to a broken file — but no exception may escape, no
/// input error may be an internal one, an imported plan's YAML must load back, and no case may take over
/// <see cref="SlowSeconds"/> seconds.
/// </summary>
internal static class FuzzCampaign
{
    /// <summary>A case slower than this is counted.</summary>
    public const int SlowSeconds = 5;

    private static readonly DateOnly AsOf = new(2026, 12, 1);

    /// <summary>The generator of cases: a seed file, one to three mutations, the random source of the mutations.</summary>
    public static Gen<(int Seed, int[] Mutations, ulong Random)> Cases =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 1_000].Array[1, 3], Gen.ULong);

    /// <summary>
    /// Runs <paramref name="count"/> cases; every <paramref name="reportEvery"/>-th loaded plan also goes through the
    /// engine and the report writers. Small runs use every core; large ones one thread, so that a case's time is its own.
    /// </summary>
    public static FuzzTally Run(long count, int reportEvery, bool large, string? seed = null)
    {
        var tally = new FuzzTally();
        var dir = Directory.CreateTempSubdirectory("ce-fuzz-").FullName;
        var setup = AuditSetup.Load(new RunSettings(ReportFormat.Md, Language.Vi, null, null, AsOf)).Setup!;
        try
        {
            Cases.Sample(c =>
            {
                var input = FuzzInputs.Make(c.Seed, c.Mutations, c.Random, large);
                RunCase(input, dir, setup, reportEvery, tally);
            }, seed: seed, iter: count, threads: large ? 1 : -1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        return tally;
    }

    /// <summary>Runs one input and adds what happened to <paramref name="tally"/>.</summary>
    public static void RunCase(FuzzInput input, string dir, AuditSetup setup, int reportEvery, FuzzTally tally)
    {
        var n = Interlocked.Increment(ref tally.Cases);
        var file = Path.Combine(dir, $"kế hoạch {n}{input.Extension}");
        File.WriteAllBytes(file, input.Bytes);
        if (Environment.GetEnvironmentVariable("CE_FUZZ_LOG") is { Length: > 0 } log)
        {
            // The case about to run, for a crash (a stack overflow ends the process) or a hang to name its input.
            File.AppendAllText(log, $"{n}: {input.Recipe}\n");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var failure = Check(file, setup, n % reportEvery == 0, tally);
            if (failure is not null)
            {
                Fail(tally, failure, input);
            }
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref tally.Unhandled);
            Fail(tally, $"unhandled {e.GetType().Name}: {e.Message.Split('\n')[0]} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}", input);
        }
        finally
        {
            File.Delete(file);
        }

        clock.Stop();
        lock (tally)
        {
            if (clock.Elapsed > tally.Slowest)
            {
                tally.Slowest = clock.Elapsed;
            }

            if (clock.Elapsed.TotalSeconds > SlowSeconds)
            {
                tally.Slow++;
                tally.Failures.Add($"slow ({clock.Elapsed.TotalSeconds:0.0} s): {input.Recipe}");
            }
        }
    }

    private static string? Check(string file, AuditSetup setup, bool report, FuzzTally tally)
    {
        var loaded = PlanLoader.Load([file]);
        if (loaded.Errors.FirstOrDefault(e => e.Code == "internal-error-file") is { } internalError)
        {
            Interlocked.Increment(ref tally.Unhandled);
            return "internal error: " + InputErrorText.Render(internalError, Language.En);
        }

        if (loaded.Errors.FirstOrDefault(e => e.Location.Line < 1 && e.Location.File.Length == 0) is { } unplaced)
        {
            return "input error without a file: " + InputErrorText.Render(unplaced, Language.En);
        }

        if (loaded.Errors.Count > 0)
        {
            Interlocked.Increment(ref tally.InputErrors);
        }

        if (loaded.Plans.Count == 0)
        {
            return null;
        }

        Interlocked.Increment(ref tally.Loaded);
        var plan = loaded.Plans[0];
        if (!PlanLoader.YamlExtensions.Contains(Path.GetExtension(file)))
        {
            // `compliance import` then `compliance check` of its output.
            var yaml = PlanYamlWriter.Write(plan);
            try
            {
                YamlPlanLoader.Parse(yaml, "imported.yaml");
            }
            catch (InputErrorException e)
            {
                Interlocked.Increment(ref tally.RoundTripFailures);
                return "round trip: " + InputErrorText.Render(e.Error, Language.En);
            }
        }

        if (report)
        {
            Interlocked.Increment(ref tally.Reported);
            var (result, _, _) = setup.Run([file], [], reportContext: false, AsOf);
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                using var writer = new StringWriter();
                ReportRunner.WriterFor(format).Write(result, Language.Vi, writer);
            }
        }

        return null;
    }

    private static void Fail(FuzzTally tally, string what, FuzzInput input)
    {
        lock (tally)
        {
            tally.Failures.Add($"{what} — {input.Recipe}");
        }
    }
}
