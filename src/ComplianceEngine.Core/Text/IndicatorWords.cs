using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Text;

/// <summary>
/// The words of indicators (<c>rules/catalogs/indicator-words.yaml</c>, format <c>indicator-words/1</c>): which way a target
/// binds — a ceiling ("không vượt quá", "dưới", "tối đa", "giảm … xuống"), a floor ("không thấp hơn", "ít nhất", "đạt từ …
/// trở lên", "phấn đấu đạt") or a level to keep ("duy trì") — and the scope words of a name that are not what it measures.
/// </summary>
public sealed class IndicatorWords
{
    private static readonly Lazy<IndicatorWords> LazyBuiltIn = new(() => new IndicatorWords(WordCatalog.Embedded("indicator-words.yaml", "indicator-words/1")));

    private readonly Regex ceiling;
    private readonly Regex floor;
    private readonly Regex maintain;
    private readonly Regex decreasingName;
    private readonly Regex directionColumn;

    private IndicatorWords(WordCatalog catalog)
    {
        ceiling = WordCatalog.Matcher(catalog.Words("ceiling"));
        floor = WordCatalog.Matcher(catalog.Words("floor"));
        maintain = WordCatalog.Matcher(catalog.Words("maintain"));
        decreasingName = WordCatalog.Matcher(catalog.Words("decreasing-names"));
        directionColumn = WordCatalog.Matcher(catalog.Words("direction-columns"));
        Scope = WordCatalog.Matcher(catalog.Words("scope"));
        Filler = catalog.Words("filler").Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        DirectionWords = WordCatalog.Matcher(catalog.Words("ceiling").Concat(catalog.Words("floor")).Concat(catalog.Words("maintain")));
    }

    /// <summary>The built-in vocabulary.</summary>
    public static IndicatorWords BuiltIn => LazyBuiltIn.Value;

    /// <summary>Scope words of a name ("trong ngành", "của đơn vị", "năm").</summary>
    internal Regex Scope { get; }

    /// <summary>Every direction word, of any direction.</summary>
    internal Regex DirectionWords { get; }

    /// <summary>Folded words that carry no meaning of their own in a name.</summary>
    internal IReadOnlySet<string> Filler { get; }

    /// <summary>
    /// The direction the words nearest the figure give ("không vượt quá 112" → decrease, "đạt từ 85% trở lên" → increase,
    /// "duy trì 100%" → maintain), or <see cref="IndicatorDirection.Unspecified"/> when <paramref name="qualifier"/> has none.
    /// A word after the figure ("85% trở lên") counts as much as one before it; of several words, the last one before the
    /// figure wins ("… ít nhất 4 lần … đạt 85%" is a floor because of "đạt").
    /// </summary>
    public IndicatorDirection DirectionOf(string qualifier)
    {
        var best = (End: -1, Length: 0, Direction: IndicatorDirection.Unspecified);
        foreach (var (regex, direction) in new[] { (maintain, IndicatorDirection.Maintain), (ceiling, IndicatorDirection.Decrease), (floor, IndicatorDirection.Increase) })
        {
            foreach (Match m in regex.Matches(qualifier))
            {
                // Longer words win at the same place: "không dưới" (a floor) over "dưới" (a ceiling).
                var end = m.Index + m.Length;
                if (end > best.End || (end == best.End && m.Length > best.Length))
                {
                    best = (end, m.Length, direction);
                }
            }
        }

        return best.Direction;
    }

    /// <summary>True when the name itself says the quantity must fall ("Giảm tỷ lệ …", "Rút ngắn khoảng cách …").</summary>
    public bool NameDecreases(string name) => decreasingName.Match(name.TrimStart('-', '+', '•', ' ')) is { Success: true, Index: 0 };

    /// <summary>True when a table header cell names the direction column ("Xu hướng").</summary>
    public bool IsDirectionColumn(string header) => directionColumn.IsMatch(header);
}
