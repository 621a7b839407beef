using System.Globalization;
using System.Text;

namespace ComplianceEngine.Core.Text;

/// <summary>Normalisation of Vietnamese text for display and for comparison.</summary>
internal static class VietnameseText
{
    /// <summary>NFC, with runs of white space folded to one space and trimmed.</summary>
    public static string Clean(string text) => FoldSpaces(text.Normalize(NormalizationForm.FormC), c => c);

    /// <summary>
    /// Comparison key: lower case, without diacritics (đ → d), white space folded.
    /// "Sở Y tế Thanh Hoá" and "so y te thanh hóa" give the same key.
    /// </summary>
    public static string Fold(string text) => FoldSpaces(text.Normalize(NormalizationForm.FormD), c =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? null
        : c is 'đ' or 'Đ' ? 'd'
        : char.ToLowerInvariant(c));

    // Maps each character (null drops it), folding runs of white space to one space and trimming both ends.
    private static string FoldSpaces(string text, Func<char, char?> map)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (map(c) is not { } mapped)
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(mapped);
        }

        return sb.ToString();
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
