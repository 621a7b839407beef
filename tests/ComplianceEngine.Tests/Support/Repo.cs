namespace ComplianceEngine.Tests.Support;

/// <summary>Paths of the repository the tests run from.</summary>
internal static class Repo
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ComplianceEngine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ComplianceEngine.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The shared seeds folder beside the repository (../shared/seeds).</summary>
    public static string Seeds => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "seeds"));
}
