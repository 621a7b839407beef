using System.Text.RegularExpressions;

namespace ComplianceEngine.Core.Text;

/// <summary>Shape of a document number/symbol ("số, ký hiệu").</summary>
internal enum SymbolShape
{
    /// <summary>No running number: a draft's "/KH-BV", or nothing.</summary>
    Blank,

    /// <summary>State administrative document: <c>1696/QĐ-TTg</c>, <c>738/KH-UBND</c>, <c>06/UBQG-VP</c>.</summary>
    Administrative,

    /// <summary>Legal normative document with its year: <c>56/2012/NĐ-CP</c>, <c>73/2006/QH11</c>.</summary>
    Normative,

    /// <summary>Party document: <c>21-CT/TW</c>, <c>26-NQ/TW</c>, <c>35-CTr/TU</c>.</summary>
    Party,

    /// <summary>None of the shapes above: <c>21/CT-TW</c> (a Party directive written as a state one), <c>11/VY/KH-BVSTBCPN</c>.</summary>
    Malformed,
}

/// <summary>Classifies document symbols by the shapes of Decree 30/2020/NĐ-CP and of Party documents (Quy định 66-QĐ/TW).</summary>
internal static partial class DocumentSymbol
{
    [GeneratedRegex(@"^\d+/\p{L}+(-\p{L}[\p{L}\d]*)+$")]
    private static partial Regex AdministrativeRegex();

    [GeneratedRegex(@"^\d+/(19|20)\d\d/\p{L}+\d*(-\p{L}[\p{L}\d]*)*$")]
    private static partial Regex NormativeRegex();

    [GeneratedRegex(@"^\d+-\p{L}+/\p{L}+$")]
    private static partial Regex PartyRegex();

    /// <summary>The shape of <paramref name="symbol"/>, spacing ignored.</summary>
    public static SymbolShape Classify(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return SymbolShape.Blank;
        }

        var compact = Regex.Replace(VietnameseText.Normalize(symbol, System.Text.NormalizationForm.FormC), @"[\s*_]", string.Empty);
        if (compact.Length == 0 || !char.IsAsciiDigit(compact[0]))
        {
            return SymbolShape.Blank;
        }

        if (PartyRegex().IsMatch(compact))
        {
            return SymbolShape.Party;
        }

        if (NormativeRegex().IsMatch(compact))
        {
            return SymbolShape.Normative;
        }

        return AdministrativeRegex().IsMatch(compact) ? SymbolShape.Administrative : SymbolShape.Malformed;
    }
}
