using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Core.Text;

/// <summary>
/// A target value reduced to a plain ratio so that different unit forms compare:
/// "35%" → 0.35, "50,45/100.000" → 0.0005045, "26/1.000" → 0.026, "114 bé trai/100 bé gái" → 1.14.
/// Vietnamese numbers use a decimal comma and a thousands dot. A range ("20-25%") keeps both ends.
/// </summary>
internal sealed partial record IndicatorValue(double Low, double High)
{
    /// <summary>
    /// True when the value is a share ("35%", "50,45/100.000", "114 bé trai/100 bé gái"), false for a plain count ("350
    /// người"): a share and a count never compare (<see cref="ComparesWith"/>).
    /// </summary>
    public bool IsRatio { get; init; }

    /// <summary>True when both values are shares or both are counts, so their targets can be compared.</summary>
    public bool ComparesWith(IndicatorValue other) => IsRatio == other.IsRatio;

    [GeneratedRegex(@"(\d+(?:[.,]\d+)*)(?:\s*-\s*(\d+(?:[.,]\d+)*))?\s*(%|[^\d/]*/\s*(\d+(?:\.\d{3})*))?")]
    private static partial Regex ValueRegex();

    /// <summary>Reads the first value of <paramref name="text"/>; <paramref name="unit"/> helps when the text has no unit of its own.</summary>
    public static IndicatorValue? Parse(string? text, string? unit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = ValueRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var low = Number(m.Groups[1].Value);
        var high = m.Groups[2].Success ? Number(m.Groups[2].Value) : low;
        double scale;
        if (m.Groups[3].Value == "%" || (!m.Groups[3].Success || m.Groups[3].Length == 0) && unit?.Trim() == "%")
        {
            scale = 100;
        }
        else if (m.Groups[4].Success)
        {
            scale = Number(m.Groups[4].Value.Replace(".", string.Empty, StringComparison.Ordinal));
        }
        else if (unit is not null && ValueRegex().Match("1" + unit.Trim()) is { Groups: var g } && g[4].Success)
        {
            scale = Number(g[4].Value.Replace(".", string.Empty, StringComparison.Ordinal));
        }
        else
        {
            scale = 1;
        }

        return scale <= 0 ? null : new IndicatorValue(low / scale, high / scale) { IsRatio = scale != 1 };
    }

    private static double Number(string text)
    {
        // "50,45" is 50.45; "100.000" is 100000; "1.234,5" is 1234.5.
        var normalised = text.Contains(',') ? text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : Regex.IsMatch(text, @"^\d{1,3}(\.\d{3})+$") ? text.Replace(".", string.Empty, StringComparison.Ordinal)
            : text;
        return double.Parse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
