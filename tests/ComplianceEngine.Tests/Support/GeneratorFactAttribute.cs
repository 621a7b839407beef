namespace ComplianceEngine.Tests.Support;

/// <summary>
/// A fixture generator run through the test runner: skipped (and reported as skipped, never as passed) unless
/// CE_GENERATE_IMPORT_FIXTURES=1 is set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GeneratorFactAttribute : FactAttribute
{
    public GeneratorFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CE_GENERATE_IMPORT_FIXTURES") != "1")
        {
            Skip = "fixture generator: set CE_GENERATE_IMPORT_FIXTURES=1 to regenerate the committed .docx fixtures";
        }
    }
}
