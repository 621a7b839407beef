namespace ComplianceEngine.Cli;

/// <summary>Exit codes of <c>compliance</c>; a contract with scripts and CI.</summary>
internal static class ExitCodes
{
    /// <summary>No error-level finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error-level finding that is not waived.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or an input that could not be read (the others were still checked).</summary>
    public const int BadInput = 2;
}
