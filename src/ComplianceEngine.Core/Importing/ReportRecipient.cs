using System.Text.RegularExpressions;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// A report's recipient as the importer keeps it, "UBND tỉnh (qua Sở Nội vụ)": the body it is addressed to and the office it
/// passes through, so two levels that write "UBND tỉnh (qua Sở Nội vụ)" and "Sở Nội vụ" can be seen to send to the same place.
/// </summary>
internal static partial class ReportRecipient
{
    [GeneratedRegex(@"^(?<to>.*?)\s*\(\s*qua\s+(?<via>[^()]+)\)\s*$")]
    private static partial Regex ViaRegex();

    /// <summary>The addressee and the office it passes through (null when none is written).</summary>
    public static (string To, string? Via) Split(string recipient)
    {
        var m = ViaRegex().Match(recipient.Trim());
        return m.Success ? (m.Groups["to"].Value.Trim(), m.Groups["via"].Value.Trim()) : (recipient.Trim(), null);
    }
}
