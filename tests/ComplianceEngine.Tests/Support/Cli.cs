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

    private static ProcessStartInfo StartInfo(string[] args, bool stdin = false)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "compliance.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin,
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

    public static Result Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs with <paramref name="stdin"/> written to standard input (closed after it); none when null.</summary>
    public static Result RunWithInput(byte[]? stdin, params string[] args)
    {
        var start = StartInfo(args, stdin is not null);
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }

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
