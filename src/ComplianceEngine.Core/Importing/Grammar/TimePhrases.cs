using System.Text.RegularExpressions;

namespace ComplianceEngine.Core.Importing.Grammar;

/// <summary>A time phrase found in running text, as written.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Text">The phrase.</param>
/// <param name="Bare">A day and month alone ("8/3").</param>
/// <param name="Named">A period named, not dated ("trong thời gian Tháng hành động", "học kỳ II năm học 2025 - 2026"): it says
/// when, but a date parser cannot read it, so it is not written into a timeline.</param>
internal sealed record TimePhrase(int Index, string Text, bool Bare, bool Named = false);

/// <summary>
/// The named patterns of time in Vietnamese administrative text, for finding a task's timeline anywhere in its item:
/// ranges ("từ ngày 15/11 đến ngày 15/12/2026"), deadlines ("trước ngày 30/6", "trước ngày 15 hằng tháng"), dates
/// ("ngày 24 tháng 11 năm 2026"), quarters ("quý II, quý III/2026"), halves ("6 tháng cuối năm"), months, school terms,
/// continuous activities ("thường xuyên", "cả năm 2026") and the action month ("trong thời gian Tháng hành động").
/// Dates that belong to a cited document ("Chỉ thị số 21-CT/TW ngày 20/01/2018") or to a data period ("số liệu tính từ …")
/// are not time phrases of the task.
/// </summary>
internal static partial class TimePhrases
{
    private const string Day = @"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?";
    private const string LongDay = @"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?";
    private const string AnyDay = "(?:" + LongDay + "|" + Day + ")";
    private const string Quarter = @"quý\s+(?:IV|I{1,3}|[1-4])\b";
    private const string Term = @"học\s+kỳ\s+(?:II|I|[12])\s+năm\s+học\s+\d{4}\s*-\s*\d{4}";

    [GeneratedRegex(
        @"(?<t>" + Term + @"(?:\s+và\s+" + Term + @")?)"
        + @"|(?<t>(?:từ\s+(?:ngày\s+)?)?" + AnyDay + @"\s*(?:-|–|đến(?:\s+hết)?(?:\s+ngày)?)\s*(?:ngày\s+)?" + AnyDay + ")"
        + @"|(?<t>(?:(?:hoàn\s+thành|xong|ban\s+hành|gửi)\s+)?(?:trước|chậm\s+nhất|không\s+muộn\s+hơn)\s+(?:ngày\s+)?\d{1,2}\s+hằng\s+tháng)"
        + @"|(?<t>(?:(?:hoàn\s+thành|xong|ban\s+hành|gửi|dự\s+kiến|vào)\s+)?(?:trước|chậm\s+nhất|không\s+muộn\s+hơn|trong)\s+(?:ngày\s+)?" + AnyDay + ")"
        + @"|(?<t>(?:(?:dự\s+kiến|vào)\s+)?(?:" + LongDay + @"|(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}))"
        + @"|(?<t>(?:(?:hoàn\s+thành|xong)\s+)?(?:trong\s+)?" + Quarter + @"(?:\s*(?:,|và)\s*" + Quarter + @")*(?:\s*(?:/|năm)\s*\d{4})?)"
        + @"|(?<t>(?:(?:hoàn\s+thành|xong)\s+)?(?:trong\s+)?6\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?)"
        + @"|(?<t>(?:(?:hoàn\s+thành|xong)\s+)?(?:trong\s+)?tháng\s+\d{1,2}\s*/\s*\d{4})"
        + @"|(?<t>thường\s+xuyên(?:\s+trong\s+năm(?:\s+\d{4})?)?|(?:cả|suốt)\s+năm(?:\s+\d{4})?|trong\s+năm\s+\d{4}|hằng\s+năm)"
        + @"|(?<t>trong\s+thời\s+gian(?:\s+diễn\s+ra)?\s+Tháng\s+hành\s+động)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();

    // "Chỉ thị số 21-CT/TW ngày 20/01/2018", "Luật Bình đẳng giới ngày 29/11/2006", "(số liệu tính từ ngày … đến ngày …)".
    [GeneratedRegex(
        @"(?:\b(?:số\s+)?\d+[\p{L}\d./-]*[/-]\s*[\p{Lu}Đ][\p{L}\d./-]*|\b(?:Luật|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Công\s+văn|Hướng\s+dẫn)\b(?:(?!trước|chậm|hạn|gửi|hoàn\s+thành)[^;.:]){0,140}?)\s*,?\s*ngày\s+" + AnyDay
        + @"|số\s+liệu\s+tính\s+từ[^);]*",
        RegexOptions.CultureInvariant)]
    private static partial Regex CitationDateRegex();

    [GeneratedRegex(@"(?<![\d/\p{L}.,])(?<d>\d{1,2})/(?<m>\d{1,2})(?![\d/]|\s*/\s*\d)")]
    private static partial Regex BareDayRegex();

    [GeneratedRegex(@"\d")]
    private static partial Regex DigitRegex();

    /// <summary>The time phrases of <paramref name="text"/>, in order; bare days ("8/3") only when no other phrase is there.</summary>
    public static IReadOnlyList<TimePhrase> Find(string text)
    {
        var masked = Mask(text);
        var result = new List<TimePhrase>();
        foreach (Match m in PhraseRegex().Matches(masked))
        {
            var g = m.Groups["t"];
            var phrase = text.Substring(g.Index, g.Length).Trim();
            if (phrase.Length > 0)
            {
                var named = phrase.Contains("Tháng hành động", StringComparison.OrdinalIgnoreCase) || phrase.Contains("năm học", StringComparison.OrdinalIgnoreCase);
                result.Add(new TimePhrase(g.Index, phrase, false, named));
            }
        }

        var taken = result.Select(r => (r.Index, r.Index + r.Text.Length)).ToList();
        foreach (Match m in BareDayRegex().Matches(masked))
        {
            var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31 && month is >= 1 and <= 12 && !taken.Any(t => m.Index >= t.Item1 && m.Index < t.Item2))
            {
                result.Add(new TimePhrase(m.Index, m.Value, true));
            }
        }

        // Dated phrases first, in text order; bare days after them ("từ ngày 15/11 đến ngày 15/12; 8/3; 20/10").
        return result.OrderBy(r => r.Bare).ThenBy(r => r.Index).ToList();
    }

    /// <summary>True when <paramref name="text"/> holds a time phrase (bare days included).</summary>
    public static bool Any(string text) => Find(text).Count > 0;

    /// <summary>
    /// The timeline of an item without a labelled one: its time phrases joined with "; " as written ("trước ngày 05/11/2026;
    /// từ ngày 15/11 đến ngày 15/12/2026"); null when there is none.
    /// </summary>
    public static string? Join(string text)
    {
        var phrases = Find(text).Where(p => !p.Named);
        var distinct = phrases.Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }

    /// <summary>True when a labelled value names no time of its own ("Theo các mốc nêu trên"), so the item's phrases are its timeline.</summary>
    public static bool RefersElsewhere(string value) => !DigitRegex().IsMatch(value) && Find(value).Count == 0;

    private static string Mask(string text)
    {
        var chars = text.ToCharArray();
        foreach (Match m in CitationDateRegex().Matches(text))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                chars[i] = chars[i] == ' ' ? ' ' : '#';
            }
        }

        return new string(chars);
    }
}
