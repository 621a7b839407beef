using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Coverage;

/// <summary>One syllable of Vietnamese text, as compared and as shown.</summary>
/// <param name="Key">Comparison key: lower case, no diacritics, "y" and "i" after a consonant made one ("tỷ lệ" = "tỉ lệ"), dates as "d/m".</param>
/// <param name="Display">The syllable as written, NFC, lower case.</param>
/// <param name="Mark">The punctuation between this syllable and the one before it ('\0' when none): a clause mark (; . : ! ?) if any, else the first.</param>
public readonly record struct Syllable(string Key, string Display, char Mark = '\0')
{
    /// <summary>Punctuation stands between this syllable and the one before it.</summary>
    public bool BreakBefore => Mark != '\0';

    /// <summary>A clause ends before this syllable (; . : ! ?).</summary>
    public bool ClauseBefore => Mark is ';' or '.' or ':' or '!' or '?';

    /// <summary>A number that is not a day/month ("2026", "21"): carries no meaning for coverage.</summary>
    public bool IsNumber => Key.Length > 0 && Key.All(char.IsAsciiDigit);
}

/// <summary>Splits Vietnamese text into syllables: NFC, case and diacritics folded for the key, punctuation kept as breaks.</summary>
internal static class SyllableReader
{
    // Consonants after which a final "y" and "i" are the same syllable in two spellings (quy/qui, kỹ/kĩ, lý/lí, tỷ/tỉ).
    private static readonly HashSet<string> YiOnsets = new(StringComparer.Ordinal) { "k", "l", "m", "s", "t", "h", "qu", "d", "v", "n" };

    /// <summary>The syllables of <paramref name="text"/>. "&amp;" is read as "và"; "8/3" and "20/10/2018" stay one syllable ("8/3", "20/10").</summary>
    public static IReadOnlyList<Syllable> Read(string text)
    {
        var nfc = VietnameseText.Normalize(text, NormalizationForm.FormC);
        var result = new List<Syllable>();
        var word = new StringBuilder();
        var mark = '\0';

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            var display = word.ToString().ToLowerInvariant();
            result.Add(new Syllable(KeyOf(display), display, result.Count > 0 ? mark : '\0'));
            mark = '\0';
            word.Clear();
        }

        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else if (c == '/' && word.Length > 0 && char.IsDigit(nfc[i - 1]) && i + 1 < nfc.Length && char.IsDigit(nfc[i + 1]))
            {
                word.Append(c);
            }
            else if (c == '&')
            {
                Flush();
                result.Add(new Syllable("va", "và"));
            }
            else
            {
                Flush();
                if (!char.IsWhiteSpace(c) && (mark == '\0' || (c is ';' or '.' or ':' or '!' or '?' && mark is not (';' or '.' or ':' or '!' or '?'))))
                {
                    mark = c;
                }
            }
        }

        Flush();
        return result;
    }

    /// <summary>The comparison key of one written syllable.</summary>
    public static string KeyOf(string syllable)
    {
        var key = VietnameseText.Fold(syllable);
        if (key.Contains('/', StringComparison.Ordinal))
        {
            var parts = key.Split('/');
            return parts.Length is 2 or 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                ? string.Create(CultureInfo.InvariantCulture, $"{day}/{month}")
                : key;
        }

        if (key.Length >= 2 && key[^1] == 'y' && YiOnsets.Contains(key[..^1]))
        {
            return key[..^1] + "i";
        }

        return key;
    }
}
