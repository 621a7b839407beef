using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Legal;

/// <summary>
/// Comparison keys for names of documents and issuers: folded (<see cref="VietnameseText.Fold"/>), punctuation and
/// quotes dropped, spaces around dashes removed ("2016 - 2020" = "2016-2020"), abbreviations expanded
/// ("BĐG" = "bình đẳng giới", "UBND" = "ủy ban nhân dân"). A name's period ("giai đoạn 2016-2020, tầm nhìn đến
/// năm 2030") can be split off so that a programme cited with a wrong period is still recognised.
/// </summary>
internal static partial class LegalNames
{
    // The words that turn a document's title into the name it is cited by ("phê duyệt Chương trình …" → "Chương trình …").
    private static readonly string[] TitleLeads = ["phe duyet ", "ve viec ban hanh ", "ve viec phe duyet ", "ban hanh ", "ve viec ", "ve "];

    private static readonly string[] NamedKinds = ["luat ", "chien luoc ", "chuong trinh ", "de an ", "ke hoach "];

    // Words naming the kind of a place, which writers leave out before its name.
    private static readonly string[][] PlaceKinds =
        [["tinh"], ["thanh", "pho"], ["huyen"], ["quan"], ["thi", "xa"], ["xa"], ["phuong"], ["thi", "tran"]];

    [GeneratedRegex(@"(?:^| )giai doan (\d{4})-(\d{4})(?: (?:va )?(?:tam nhin|dinh huong)(?: den nam)? \d{4})?")]
    private static partial Regex PhaseRegex();

    [GeneratedRegex(@"(?:^| )(?:(?:tam nhin|dinh huong) )?den nam \d{4}(?: (?:va )?tam nhin(?: den nam)? \d{4})?$")]
    private static partial Regex HorizonRegex();

    [GeneratedRegex(@"(\d{4})(\s*[-–—]\s*)(\d{4})")]
    private static partial Regex WrittenPeriodRegex();

    [GeneratedRegex(@" *- *")]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@" khoa [ivxlc]+$")]
    private static partial Regex TermSuffixRegex();

    /// <summary>The comparison key of <paramref name="text"/>.</summary>
    public static string Key(string text, IReadOnlyDictionary<string, string> abbreviations)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            sb.Append(c switch
            {
                '-' or '–' or '—' or '‐' => '-',
                _ when char.IsLetterOrDigit(c) => c,
                _ => ' ',
            });
        }

        var words = new List<string>();
        foreach (var token in DashRegex().Replace(sb.ToString(), "-").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(abbreviations.TryGetValue(token, out var expansion) ? expansion : token);
        }

        return string.Join(' ', words);
    }

    /// <summary>Splits a name key into its base and the period it names, if any ("… giai doan 2016-2020" → "…", 2016-2020).</summary>
    public static (string Base, YearPeriod? Period) SplitPeriod(string key)
    {
        var phase = PhaseRegex().Match(key);
        if (phase.Success)
        {
            var from = int.Parse(phase.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(phase.Groups[2].Value, CultureInfo.InvariantCulture);
            var rest = Collapse(key.Remove(phase.Index, phase.Length));
            return (rest, from <= to ? new YearPeriod(from, to) : null);
        }

        var horizon = HorizonRegex().Match(key);
        return horizon.Success ? (Collapse(key.Remove(horizon.Index, horizon.Length)), null) : (key, null);
    }

    /// <summary>The name a title stands for ("phê duyệt Chương trình X" → key of "Chương trình X"), or null when it names no programme, law or plan.</summary>
    public static string? TitleName(string titleKey)
    {
        var key = titleKey;
        foreach (var lead in TitleLeads)
        {
            if (key.StartsWith(lead, StringComparison.Ordinal))
            {
                key = key[lead.Length..];
                break;
            }
        }

        return NamedKinds.Any(k => key.StartsWith(k, StringComparison.Ordinal)) ? key : null;
    }

    /// <summary>The forms an issuer is compared under: as written, without a parenthesis, the parenthesis alone, without "khóa IX".</summary>
    public static IEnumerable<string> IssuerForms(string issuer, IReadOnlyDictionary<string, string> abbreviations)
    {
        var full = Key(issuer, abbreviations);
        yield return full;
        var outside = Key(ParenthesisRegex().Replace(issuer, " "), abbreviations);
        yield return outside;
        foreach (Match inside in ParenthesisRegex().Matches(issuer))
        {
            yield return Key(inside.Value, abbreviations);
        }

        yield return TermSuffixRegex().Replace(full, string.Empty);
        yield return TermSuffixRegex().Replace(outside, string.Empty);
    }

    /// <summary>
    /// The forms of an issuer key with one place-kind word left out before a name ("so tu phap tinh nghe an" →
    /// "so tu phap nghe an"), as writers drop "tỉnh" or "huyện" before the place's name.
    /// </summary>
    public static IEnumerable<string> WithoutPlaceKind(string key)
    {
        var words = key.Split(' ');
        for (var i = 0; i < words.Length - 1; i++)
        {
            foreach (var kind in PlaceKinds)
            {
                var length = kind.Length;
                if (i + length < words.Length && words.AsSpan(i, length).SequenceEqual(kind))
                {
                    yield return string.Join(' ', words[..i].Concat(words[(i + length)..]));
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="raw"/> with the written period <paramref name="cited"/> replaced by <paramref name="right"/>
    /// ("… giai đoạn 2012-2020" → "… giai đoạn 2016-2020"); <paramref name="raw"/> unchanged when the period is not found.
    /// </summary>
    public static string ReplacePeriod(string raw, YearPeriod cited, YearPeriod right)
    {
        foreach (Match m in WrittenPeriodRegex().Matches(raw))
        {
            if (m.Groups[1].Value == cited.From.ToString(CultureInfo.InvariantCulture) && m.Groups[3].Value == cited.To.ToString(CultureInfo.InvariantCulture))
            {
                return string.Concat(raw.AsSpan(0, m.Index), $"{right.From}-{right.To}", raw.AsSpan(m.Index + m.Length));
            }
        }

        return raw;
    }

    private static string Collapse(string text) => Regex.Replace(text, " {2,}", " ").Trim();
}
