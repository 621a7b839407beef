using System.Diagnostics;

namespace ComplianceEngine.Tests.Support;

/// <summary>Runs the real <c>compliance</c> executable (built beside the tests) in the repository root.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Starts the executable without waiting (for services); the caller stops it.</summary>
    public static Process Start(params string[] args)
    {
        // The service's logs are drained (a full pipe would stall it) and dropped.
        var process = Process.Start(StartInfo(args))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "compliance.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    public static Result Run(params string[] args)
    {
        var start = StartInfo(args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("compliance did not finish in 60 s: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
