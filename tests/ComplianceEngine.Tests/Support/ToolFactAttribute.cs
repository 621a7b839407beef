namespace ComplianceEngine.Tests.Support;

/// <summary>
/// A test that drives an external program (chromium, libreoffice): skipped when the program is not installed, unless
/// CE_REQUIRE_TOOLS=1 is set (CI sets it), in which case it runs and fails for want of the program.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program)
    {
        if (Find(program) is null && Environment.GetEnvironmentVariable("CE_REQUIRE_TOOLS") != "1")
        {
            Skip = $"{program} is not installed (apt-get install it; CE_REQUIRE_TOOLS=1 makes this a failure)";
        }
    }

    /// <summary>The full path of <paramref name="program"/> on PATH (or /usr/bin), or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator).Append("/usr/bin")
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
