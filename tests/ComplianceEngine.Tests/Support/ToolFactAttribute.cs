namespace ComplianceEngine.Tests.Support;

/// <summary>
/// A test that drives external programs (chromium, libreoffice, pdftotext): skipped when one is not installed, unless
/// CE_REQUIRE_TOOLS=1 is set (CI sets it), in which case it runs and fails for want of the program.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] programs)
    {
        var missing = programs.Where(p => Find(p) is null).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("CE_REQUIRE_TOOLS") != "1")
        {
            Skip = $"{string.Join(", ", missing)} not installed (apt-get install it; CE_REQUIRE_TOOLS=1 makes this a failure)";
        }
    }

    /// <summary>The full path of <paramref name="program"/> on PATH (or /usr/bin), or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator).Append("/usr/bin")
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
