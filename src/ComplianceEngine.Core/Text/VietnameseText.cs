using System.Globalization;
using System.Text;

namespace ComplianceEngine.Core.Text;

/// <summary>Normalisation of Vietnamese text for display and for comparison.</summary>
internal static class VietnameseText
{
    /// <summary>NFC, with runs of white space folded to one space and trimmed.</summary>
    public static string Clean(string text) => FoldSpaces(Normalize(text, NormalizationForm.FormC), fold: false);

    /// <summary>
    /// <paramref name="text"/> in Unicode normal form <paramref name="form"/>. Text that is not valid Unicode — a lone
    /// surrogate, which a YAML escape ("\uD800") or a damaged UTF-16 file can carry — has each such code unit replaced by
    /// U+FFFD first (string.Normalize throws on it).
    /// </summary>
    public static string Normalize(string text, NormalizationForm form) => ValidUnicode(text).Normalize(form);

    /// <summary><paramref name="text"/> with every lone surrogate replaced by U+FFFD; the same string when there is none.</summary>
    public static string ValidUnicode(string text)
    {
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                bad = i;
                break;
            }
        }

        if (bad < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Comparison key: lower case, without diacritics (đ → d), white space folded.
    /// "Sở Y tế Thanh Hoá" and "so y te thanh hóa" give the same key.
    /// </summary>
    public static string Fold(string text) => FoldSpaces(Normalize(text, NormalizationForm.FormD), fold: true);

    // Folds runs of white space to one space and trims both ends; with fold, drops combining marks and lowers the case
    // (đ → d). One pass into a buffer: this runs on every name compared, millions of times in a national audit.
    private static string FoldSpaces(string text, bool fold)
    {
        // Each character gives at most one, and a space only stands for white space that gave none: the text's length is enough.
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            var mapped = c;
            if (fold)
            {
                if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                mapped = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = mapped;
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// Key of a document symbol: folded, upper case, without spaces, so that
    /// "350/KH- BYT" and "350/KH-BYT", or "774/ SLĐT BXH- TEBĐG" and "774/SLĐTBXH-TEBĐG", agree.
    /// </summary>
    public static string SymbolKey(string symbol)
    {
        var folded = Fold(symbol);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '*' && c != '_')
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }
}
