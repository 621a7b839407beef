using System.Net;
using ComplianceEngine.Cli.Commands;

namespace ComplianceEngine.Cli.Serving;

/// <summary>Settings of the <c>serve</c> service; validated at start so that a wrong folder or address fails before anything runs.</summary>
/// <param name="Folder">The document folder watched (YAML plans and documents, searched recursively).</param>
/// <param name="Urls">Where the page listens; loopback unless the operator says otherwise.</param>
/// <param name="StateFile">The SQLite file holding fingerprints, last findings and history.</param>
/// <param name="Settings">Language, ruleset, catalogues as for <c>audit</c>.</param>
internal sealed record ServeOptions(string Folder, string Urls, string StateFile, RunSettings Settings)
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where reports are also published as generations (like <c>watch --out</c>); none when null.</summary>
    public string? OutFolder { get; init; }

    /// <summary>How long a path must stay quiet after its last event before it is re-checked.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often the whole folder is compared with what is known (the safety net for dropped events and network shares).</summary>
    public TimeSpan Rescan { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest upload accepted by the draft check, in bytes (413 above).</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// The state file used when none is given: in the user's local data folder (~/.local/share/compliance on Linux),
    /// named after the folder and a digest of its full path, so that it is never inside a watched folder or a checkout.
    /// </summary>
    public static string DefaultStateFile(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)))[..12];
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        var dir = Path.Combine(string.IsNullOrEmpty(data) ? Path.GetTempPath() : data, "compliance");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $"{Path.GetFileName(full)}-{digest}.db");
    }

    /// <summary>Problems with the options, in English for the log; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Directory.Exists(Folder))
        {
            problems.Add($"{Folder}: no such folder to watch");
        }

        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"--urls: '{url}' is not an http(s) address such as {DefaultUrls}");
            }
            else if (uri.Host is not ("localhost" or "127.0.0.1" or "[::1]") && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
            {
                problems.Add($"--urls: '{url}': give an IP address to bind to (127.0.0.1 for this machine only, 0.0.0.0 for every network)");
            }
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)) + Path.DirectorySeparatorChar;
        if (Path.GetFullPath(StateFile).StartsWith(folder, StringComparison.Ordinal))
        {
            problems.Add($"--state: {StateFile} is inside the watched folder {Folder}");
        }
        else if (Path.GetDirectoryName(Path.GetFullPath(StateFile)) is { } stateDir && !Directory.Exists(stateDir))
        {
            problems.Add($"--state: the folder of {StateFile} does not exist");
        }

        if (OutFolder is not null && Path.GetFullPath(OutFolder).StartsWith(folder, StringComparison.Ordinal))
        {
            problems.Add($"--out: {OutFolder} is inside the watched folder {Folder}");
        }

        return problems;
    }
}
