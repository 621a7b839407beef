using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads the units a duty is addressed to: "Ủy ban Mặt trận tổ quốc Việt Nam tỉnh; Hội Liên hiệp phụ nữ tỉnh và các tổ chức
/// thành viên" → three units, while "Sở Lao động - Thương binh và Xã hội" stays one ("và" before a word that does not start
/// a unit name joins, not separates).
/// </summary>
internal static partial class UnitListParser
{
    // Words a unit name starts with and verbs that end the subject of an inline duty ("Thành viên Sở Tài chính hướng
    // dẫn …"): vocabulary of rules/catalogs/labels.yaml.
    private static IReadOnlyList<string> Heads => Grammar.ImportVocabulary.Default.UnitHeads;

    private static IReadOnlyList<string> Verbs => Grammar.ImportVocabulary.Default.Verbs;

    [GeneratedRegex(@"^(?:Đề nghị|đề nghị|Giao|giao|Yêu cầu|yêu cầu)\s+")]
    private static partial Regex RequestRegex();

    [GeneratedRegex(@"^(?:Thành viên|thành viên)\s+(?=\p{Lu})")]
    private static partial Regex MemberRegex();

    [GeneratedRegex(@"\s+-\s+(?:[Cc]ơ quan|[Tt]hường trực)\b.*$")]
    private static partial Regex AppositionRegex();

    [GeneratedRegex(@"^(?:cac\s+)?so,?\s+(?:ban,?\s+)?nganh$")]
    private static partial Regex CollectiveSoRegex();

    /// <summary>"Đề nghị X" → "X": the request word is not part of the unit.</summary>
    public static string StripRequest(string text) => RequestRegex().Replace(text.Trim(), string.Empty);

    /// <summary>The subject of a duty written inline ("Các sở, ban, ngành … căn cứ Chương trình …" → "Các sở, ban, ngành …").</summary>
    public static string Subject(string text)
    {
        text = StripRequest(text);
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] != ' ')
            {
                continue;
            }

            foreach (var verb in Verbs)
            {
                if (string.CompareOrdinal(text, i, verb, 0, verb.Length) == 0 && (i + verb.Length == text.Length || !char.IsLetter(text[i + verb.Length]))
                    && !text[..i].TrimEnd().EndsWith("các", StringComparison.OrdinalIgnoreCase))
                {
                    return text[..i].Trim().TrimEnd(',', ';', ':').Trim();
                }
            }
        }

        return text.Trim().TrimEnd('.', ',', ';', ':').Trim();
    }

    /// <summary>The units named in <paramref name="phrase"/>, each cleaned ("Thành viên Sở Tài chính" → "Sở Tài chính").</summary>
    public static IReadOnlyList<string> Split(string phrase)
    {
        var parts = new List<string>();
        foreach (var piece in StripRequest(phrase).Split(';'))
        {
            var start = 0;
            var text = piece.Trim();
            for (var i = 0; i < text.Length; i++)
            {
                var sep = text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' ' ? 2
                    : string.CompareOrdinal(text, i, " và ", 0, 4) == 0 ? 4
                    : 0;
                if (sep > 0 && StartsWithHead(text, i + sep))
                {
                    parts.Add(text[start..i]);
                    start = i + sep;
                    i += sep - 1;
                }
            }

            parts.Add(text[start..]);
        }

        return parts.Select(Clean).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// "Các Sở, ngành: Y tế, Giáo dục và Đào tạo, …, Công an thành phố Hà Nội và các cơ quan liên quan" → "Sở Y tế", "Sở Giáo dục và Đào tạo",
    /// …, "Công an thành phố Hà Nội"; null when <paramref name="collective"/> is not such a heading.
    /// </summary>
    public static IReadOnlyList<string>? Enumeration(string collective, string list)
    {
        if (!CollectiveSoRegex().IsMatch(VietnameseText.Fold(collective).Trim()))
        {
            return null;
        }

        var names = Subject(list).Split(", ").SelectMany(p => p.Split(" và các ")).Select(p => p.Trim()).ToList();
        return names
            .Where(n => n.Length > 0 && !VietnameseText.Fold(n).Contains("lien quan", StringComparison.Ordinal) && !n.StartsWith("cơ quan", StringComparison.Ordinal))
            .Select(n => StartsWithHead(n, 0) ? n : "Sở " + n)
            .ToList();
    }

    /// <summary>True when <paramref name="unit"/> names one unit, not a group ("Sở Tài chính", not "UBND các huyện, thành phố").</summary>
    public static bool IsSingle(string unit)
    {
        var folded = VietnameseText.Fold(unit);
        return folded.Length > 0 && !folded.StartsWith("cac ", StringComparison.Ordinal) && !folded.Contains(" cac ", StringComparison.Ordinal)
            && !folded.Contains(',', StringComparison.Ordinal);
    }

    /// <summary>True when a unit name starts at <paramref name="at"/>.</summary>
    public static bool StartsWithHead(string text, int at) =>
        Heads.Any(h => at + h.Length <= text.Length && string.CompareOrdinal(text, at, h, 0, h.Length) == 0
            && (at + h.Length == text.Length || !char.IsLetter(text[at + h.Length])));

    private static string Clean(string unit)
    {
        unit = StripRequest(unit.Trim().TrimEnd('.', ',', ';', ':').Trim());
        unit = MemberRegex().Replace(unit, string.Empty);
        return AppositionRegex().Replace(unit, string.Empty).Trim();
    }
}

/// <summary>Level in the cascade and kinds of unit, from the issuer's name (SPEC §2 table).</summary>
internal static class IssuerClassifier
{
    /// <summary>The level and kinds of <paramref name="issuer"/>; level null when the name says nothing.</summary>
    public static (PlanLevel? Level, IReadOnlyList<string> Kinds) Classify(string issuer, string? numberCode)
    {
        var f = " " + VietnameseText.Fold(issuer).Replace("uy ban nhan dan", "ubnd", StringComparison.Ordinal) + " ";
        var kinds = new List<string>();
        PlanLevel? level = null;

        void Add(PlanLevel l, string kind)
        {
            level ??= l;
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        if (f.Contains(" uy ban quoc gia", StringComparison.Ordinal) || f.Contains(" ubqg", StringComparison.Ordinal))
        {
            Add(PlanLevel.National, "uy-ban-quoc-gia");
        }
        else if (f.Contains(" thu tuong", StringComparison.Ordinal) || f.Contains(" chinh phu ", StringComparison.Ordinal))
        {
            Add(PlanLevel.National, "chinh-phu");
        }
        else if (f.StartsWith(" bo ", StringComparison.Ordinal))
        {
            Add(PlanLevel.National, "bo");
        }
        else if (f.StartsWith(" benh vien", StringComparison.Ordinal))
        {
            Add(PlanLevel.Unit, "benh-vien");
        }
        else if (f.StartsWith(" trung tam y te", StringComparison.Ordinal))
        {
            Add(PlanLevel.Unit, "trung-tam-y-te");
        }
        else if (f.StartsWith(" trung tam", StringComparison.Ordinal))
        {
            Add(PlanLevel.Unit, "trung-tam");
        }
        else if (f.StartsWith(" tram y te", StringComparison.Ordinal))
        {
            Add(PlanLevel.Unit, "tram-y-te");
        }
        else if (Has(f, " ubnd huyen", " ubnd quan", " ubnd thi xa"))
        {
            Add(PlanLevel.Department, "ubnd-huyen");
        }
        else if (Has(f, " ubnd xa", " ubnd phuong", " ubnd thi tran"))
        {
            Add(PlanLevel.Unit, "ubnd-xa");
        }
        else if (f.StartsWith(" so y te", StringComparison.Ordinal))
        {
            Add(PlanLevel.Department, "so-y-te");
        }
        else if (f.StartsWith(" so ", StringComparison.Ordinal))
        {
            Add(PlanLevel.Department, "so");
        }
        else if (Has(f, " ubnd tinh", " ubnd thanh pho", " ubnd tp"))
        {
            Add(PlanLevel.Province, "ubnd-tinh");
        }
        else if (Has(f, " ban vi su tien bo", " ban vstb", " bvstb"))
        {
            Add(Has(f, " nganh ", " huyen", " so ") ? PlanLevel.Department : PlanLevel.Province, "ban-vstbcpn");
            if (Has(f, " y te"))
            {
                kinds.Insert(0, "so-y-te");
            }
        }

        // The issuer code of the symbol names the body that signs: "1007/KH-BVSTBCPN" is the Ban VSTBCPN's.
        if (numberCode is not null && VietnameseText.SymbolKey(numberCode).Contains("BVSTB", StringComparison.Ordinal) && !kinds.Contains("ban-vstbcpn"))
        {
            kinds.Add("ban-vstbcpn");
        }

        return (level, kinds);
    }

    private static bool Has(string folded, params string[] parts) => parts.Any(p => folded.Contains(p, StringComparison.Ordinal));
}
