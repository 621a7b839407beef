using System.Text.RegularExpressions;
using ComplianceEngine.Core.Coverage;

namespace ComplianceEngine.Core.Text;

/// <summary>
/// What an indicator measures, read from its name: the content words left once the figure, the direction words
/// ("không vượt quá", "phấn đấu đạt"), the scope words ("trong ngành", "của đơn vị", "năm 2026", from
/// <c>rules/catalogs/indicator-words.yaml</c>) and bracketed notes are dropped, abbreviations expanded ("BLTCSG") and
/// diacritics folded. Two indicators measure the same quantity when their measures are similar enough
/// (<see cref="SameQuantity"/>): "Tỷ lệ nữ lãnh đạo cấp khoa, phòng của bệnh viện" and "Tỷ lệ nữ lãnh đạo cấp khoa, phòng
/// trong ngành" pair; "Tỷ số giới tính khi sinh" and "Tỷ số tử vong mẹ" do not.
/// </summary>
public sealed partial class IndicatorMeasure
{
    /// <summary>The similarity from which two measures are taken to be the same quantity.</summary>
    public const double Threshold = 0.6;

    private static readonly Lazy<AbbreviationTable> Abbreviations = new(() =>
    {
        var assembly = typeof(IndicatorMeasure).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("catalogs/abbreviations.yaml", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return AbbreviationTable.TryParse(reader.ReadToEnd(), "abbreviations.yaml").Table ?? AbbreviationTable.Empty;
    });

    private IndicatorMeasure(IReadOnlyList<string> words) => Words = words;

    /// <summary>The content words, folded, in the order of the name.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>A normalised key of the measured quantity: the content words joined by spaces ("gioi tinh khi sinh").</summary>
    public string Key => string.Join(' ', Words);

    [GeneratedRegex(@"\([^()]*\)|\d+(?:[.,]\d+)*\s*%?|[%/≤≥<>=]")]
    private static partial Regex FigureRegex();

    /// <summary>The measure of the indicator named <paramref name="name"/>.</summary>
    public static IndicatorMeasure Of(string name)
    {
        var words = IndicatorWords.BuiltIn;
        var text = FigureRegex().Replace(name, " ");
        text = words.Scope.Replace(text, " ");
        text = words.DirectionWords.Replace(text, " ");
        var syllables = Abbreviations.Value.Expand(SyllableReader.Read(text));
        var content = syllables.Select(s => s.Key).Where(k => k.Length > 0 && !k.All(char.IsAsciiDigit) && !words.Filler.Contains(k)).ToList();
        return new IndicatorMeasure(content);
    }

    /// <summary>
    /// How alike two measures are, from 0 to 1: the share of content words they have in common (Dice), or, when one
    /// name only adds detail to the other ("… cấp khoa, phòng của Bệnh viện"), most of the share of the shorter one.
    /// </summary>
    public double Similarity(IndicatorMeasure other)
    {
        var a = Words.ToHashSet(StringComparer.Ordinal);
        var b = other.Words.ToHashSet(StringComparer.Ordinal);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        var dice = 2.0 * common / (a.Count + b.Count);
        var overlap = (double)common / Math.Min(a.Count, b.Count);
        // Containment counts only for a name of some length: two words in common say little.
        return Math.Min(a.Count, b.Count) >= 3 ? Math.Max(dice, 0.85 * overlap) : dice;
    }

    /// <summary>True when <paramref name="other"/> measures the same quantity (<see cref="Similarity"/> ≥ <see cref="Threshold"/>).</summary>
    public bool SameQuantity(IndicatorMeasure other) => Similarity(other) >= Threshold;

    /// <inheritdoc/>
    public override string ToString() => Key;
}
