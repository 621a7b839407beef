namespace ComplianceEngine.Core.Input;

/// <summary>Paths of input files as reports show them.</summary>
internal static class InputPath
{
    /// <summary>Path as shown in reports: relative to <paramref name="root"/> (the working folder by default), with forward slashes; absolute when outside it.</summary>
    public static string Display(string path, string? root = null)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root ?? Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(path) ? full : relative).Replace('\\', '/');
    }
}
