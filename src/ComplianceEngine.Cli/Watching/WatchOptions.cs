using ComplianceEngine.Cli.Commands;

namespace ComplianceEngine.Cli.Watching;

/// <summary>Settings of the <c>watch</c> service; validated at start so that a wrong folder fails before anything runs.</summary>
/// <param name="Folder">The document folder watched (YAML plans and documents, searched recursively).</param>
/// <param name="OutFolder">Where the reports are kept current: report.md, report.json, report.sarif.</param>
/// <param name="Interval">How often the folder is looked at; changes within one interval make one report.</param>
/// <param name="Settings">Language, ruleset, catalogues as for <c>audit</c>.</param>
internal sealed record WatchOptions(string Folder, string OutFolder, TimeSpan Interval, RunSettings Settings)
{
    /// <summary>Problems with the options, in <see cref="RunSettings.Language"/>-neutral English for the log; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Directory.Exists(Folder))
        {
            problems.Add($"{Folder}: no such folder to watch");
        }

        if (Interval <= TimeSpan.Zero || Interval > TimeSpan.FromHours(1))
        {
            problems.Add($"--interval: {Interval.TotalSeconds} s is outside (0, 3600]");
        }

        if (Path.GetFullPath(OutFolder).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Reports written inside the watched folder would be read back as plans.
            problems.Add($"--out: {OutFolder} is inside the watched folder {Folder}");
        }

        return problems;
    }
}
