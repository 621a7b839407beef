using System.Globalization;
using System.Text;

namespace ComplianceEngine.Core.Text;

/// <summary>Normalisation of Vietnamese text for display and for comparison.</summary>
internal static class VietnameseText
{
    /// <summary>NFC, with runs of white space folded to one space and trimmed.</summary>
    public static string Clean(string text) => FoldSpaces(text.Normalize(NormalizationForm.FormC), fold: false);

    /// <summary>
    /// Comparison key: lower case, without diacritics (đ → d), white space folded.
    /// "Sở Y tế Thanh Hoá" and "so y te thanh hóa" give the same key.
    /// </summary>
    public static string Fold(string text) => FoldSpaces(text.Normalize(NormalizationForm.FormD), fold: true);

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
