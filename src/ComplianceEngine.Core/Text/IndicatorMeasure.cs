using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Text;

/// <summary>What an indicator measures, for pairing a child's indicator with its parent's (placeholder until the measure key lands).</summary>
public static class IndicatorMeasure
{
    /// <summary>How alike the measured quantities of two indicators are, 0 … 1 (shared folded words over the shorter name).</summary>
    public static double Similarity(Indicator a, Indicator b)
    {
        static HashSet<string> Words(string name) =>
            VietnameseText.Fold(name).Split([' ', ',', ';', '(', ')', '%', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !w.Any(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        var x = Words(a.Name);
        var y = Words(b.Name);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / Math.Min(x.Count, y.Count);
    }
}
