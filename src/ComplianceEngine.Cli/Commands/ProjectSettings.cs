using ComplianceEngine.Core.Engine;
using MAB.DotIgnore;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// What a project folder says about its runs, found by itself as ESLint, ruff and markdownlint find theirs: the nearest
/// <c>.compliance.yaml</c> (or the file of <c>--config</c>) and the nearest <c>.complianceignore</c> (gitignore syntax,
/// read by MAB.DotIgnore), whose patterns, with the configuration's <c>ignore</c> list, leave files and folders out of
/// folder scans. A configuration that cannot be read is an input error that stops the run (exit 2).
/// </summary>
internal sealed record ProjectSettings(ComplianceConfig? Config, InputError? Error, IReadOnlyList<(string Root, IgnoreList List)> IgnoreLists)
{
    /// <summary>The name of the ignore file.</summary>
    public const string IgnoreFileName = ".complianceignore";

    /// <summary>No configuration (<c>--no-config</c>).</summary>
    public static ProjectSettings None { get; } = new(null, null, []);

    /// <summary>The configuration named by <paramref name="explicitFile"/>, or found from <paramref name="start"/> upwards, and the ignore patterns.</summary>
    public static ProjectSettings Find(string start, string? explicitFile)
    {
        ComplianceConfig? config = null;
        if (explicitFile is not null && !File.Exists(explicitFile))
        {
            return new(null, InputError.At(Core.Model.SourceLocation.FileOnly(explicitFile), "not-found"), []);
        }

        if ((explicitFile ?? ComplianceConfig.Find(start)) is { } file)
        {
            (config, var error) = ComplianceConfig.TryLoad(file);
            if (error is not null)
            {
                return new(null, error, []);
            }
        }

        var lists = new List<(string, IgnoreList)>();
        if (config is { Ignore.Count: > 0 })
        {
            lists.Add((config.Folder, new IgnoreList(config.Ignore)));
        }

        if (ComplianceConfig.FindUpwards(start, IgnoreFileName) is { } ignoreFile)
        {
            lists.Add((Path.GetDirectoryName(ignoreFile)!, new IgnoreList(ignoreFile)));
        }

        return new(config, null, lists);
    }

    /// <summary>Whether a folder scan leaves out <paramref name="fullPath"/> (a folder when <paramref name="isFolder"/>); null when nothing is ignored.</summary>
    public Func<string, bool, bool>? Ignored => IgnoreLists.Count == 0 ? null : (fullPath, isFolder) => IgnoreLists.Any(l => Matches(l.Root, l.List, fullPath, isFolder));

    private static bool Matches(string root, IgnoreList list, string fullPath, bool isFolder)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            && list.IsIgnored(relative.Replace('\\', '/'), isFolder);
    }
}
