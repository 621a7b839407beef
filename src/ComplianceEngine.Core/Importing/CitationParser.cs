using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>A citation found in a text, with its span.</summary>
/// <param name="Type">Canonical document type ("Quyết định", "Kế hoạch" …).</param>
/// <param name="Number">The symbol exactly as written ("350/KH- BYT"); null for a document cited by name.</param>
/// <param name="Date">The date as written (a blank day gives a partial date).</param>
/// <param name="Issuer">The issuer after "của", as written.</param>
/// <param name="Title">The subject or title as written ("về …", "phê duyệt …"), or the name of a document cited by name.</param>
/// <param name="Raw">The citation as it stands in the text.</param>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="TitleStart">Offset where the title starts (<paramref name="End"/> when there is none).</param>
/// <param name="IsNamed">True for a document cited by name only ("Luật Bình đẳng giới").</param>
internal sealed record ParsedCitation(
    string Type, string? Number, PartialDate? Date, string? Issuer, string? Title, string Raw, int Start, int End, int TitleStart, bool IsNamed);

/// <summary>
/// Finds the citations of a Vietnamese text: "&lt;type&gt; số &lt;symbol&gt; ngày &lt;date&gt; của &lt;issuer&gt; &lt;về / phê duyệt …&gt; &lt;title&gt;"
/// with the symbol shapes of administrative, normative and Party documents, however they are spaced
/// ("350/KH- BYT", "774/ SLĐT BXH- TEBĐG", "21-CT/TW", "11NQ/TW", "KH số 738/KH-UBND"), and documents cited by name
/// ("Luật Bình đẳng giới", "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030", "Đề án “…”").
/// A citation named inside another's title is found too; the document a citation approves ("phê duyệt X") is not
/// listed apart, nor a document the text asks to be drafted ("xây dựng Chương trình … giai đoạn 2021-2030").
/// </summary>
internal static partial class CitationParser
{
    private static readonly (string Folded, string Canonical)[] Types =
    [
        ("luat", "Luật"), ("nghi dinh", "Nghị định"), ("nghi quyet", "Nghị quyết"), ("quyet dinh", "Quyết định"), ("chi thi", "Chỉ thị"),
        ("thong tu lien tich", "Thông tư"), ("thong tu", "Thông tư"), ("ke hoach", "Kế hoạch"), ("chuong trinh", "Chương trình"),
        ("cong van", "Công văn"), ("van ban", "Văn bản"), ("huong dan", "Hướng dẫn"), ("thong bao ket luan", "Thông báo"),
        ("thong bao", "Thông báo"), ("thong tri", "Thông tri"), ("de an", "Đề án"), ("chien luoc", "Chiến lược"),
        ("quy dinh", "Quy định"), ("quy che", "Quy chế"), ("bao cao", "Báo cáo"), ("to trinh", "Tờ trình"),
        ("kh", "Kế hoạch"), ("qd", "Quyết định"), ("nq", "Nghị quyết"), ("nd", "Nghị định"), ("ct", "Chỉ thị"), ("ctr", "Chương trình"),
        ("tt", "Thông tư"), ("cv", "Công văn"), ("hd", "Hướng dẫn"), ("tb", "Thông báo"), ("ttr", "Tờ trình"),
    ];

    private static readonly string[] IssuerStops =
    [
        "về", "phê duyệt", "hướng dẫn", "triển khai", "thực hiện", "quy định", "ban hành", "V/v", "v/v", "tạo", "nhằm", "để", "tại", "theo",
        "trên", "đối với", "đã", "cho", "gửi", "trong", "chịu", "chủ động", "căn cứ", "xây dựng", "tổ chức", "được", "là", "tham mưu",
        "phối hợp", "giao", "tiếp tục", "cụ thể",
    ];

    private static readonly string[] TitleStarts = ["về", "phê duyệt", "hướng dẫn", "triển khai", "thực hiện", "quy định", "ban hành", "V/v", "v/v"];

    // Names of laws of the field, so that "Luật Phòng, chống bạo lực gia đình cho viên chức" ends where the name does.
    private static readonly string[] LawNames =
    [
        "Bình đẳng giới", "BĐG", "Phòng, chống bạo lực gia đình", "Phòng chống bạo lực gia đình", "Phòng, chống mua bán người",
        "Hôn nhân và gia đình", "Trẻ em", "Cán bộ, công chức", "Viên chức", "Ngân sách nhà nước", "Ban hành văn bản quy phạm pháp luật",
        "Tổ chức chính quyền địa phương", "Giáo dục nghề nghiệp", "Giáo dục", "Việc làm", "Người cao tuổi", "Người khuyết tật",
        "Khám bệnh, chữa bệnh", "Bảo hiểm xã hội", "Phổ biến, giáo dục pháp luật", "Thanh niên", "Phòng, chống ma túy",
        "Phòng, chống HIV/AIDS", "Dân số", "Thực hiện dân chủ ở cơ sở", "Hòa giải ở cơ sở",
    ];

    private static readonly string[] CommaEnders = ["cụ thể", "v.v", "đồng thời", "trên cơ sở", "chủ động", "tổng hợp", "nhằm", "để "];

    // Type words of a numbered citation; abbreviations only count before "số".
    [GeneratedRegex(@"(?<![\p{L}\d])(?<type>[Ll]uật|[Nn]ghị\s+[đĐ]ịnh|[Nn]ghị\s+[Qq]uyết|[Qq]uyết\s+[đĐ]ịnh|[Cc]hỉ\s+[Tt]hị|[Tt]hông\s+[Tt]ư(?:\s+liên\s+tịch)?|[Kk]ế\s+[Hh]oạch|[Cc]hương\s+[Tt]rình|[Cc]ông\s+[Vv]ăn|[Vv]ăn\s+[Bb]ản|[Hh]ướng\s+[Dd]ẫn|[Tt]hông\s+[Bb]áo(?:\s+kết\s+luận)?|[Tt]hông\s+[Tt]ri|[Đđ]ề\s+[Áá]n|[Cc]hiến\s+[Ll]ược|[Qq]uy\s+[đĐ]ịnh|[Qq]uy\s+[Cc]hế|[Bb]áo\s+[Cc]áo|[Tt]ờ\s+[Tt]rình|KH|QĐ|NQ|NĐ|CTr|CT|TTr|TT|CV|HD|TB)(?<so>\s*(?<![\p{Lu}])số\s*:?\s*|\s*:\s*|\s+)" + SymbolPattern)]
    private static partial Regex HeadRegex();

    /// <summary>A document symbol however it is spaced: "350/KH- BYT", "56/2012/NĐ-CP", "21 - CT/TW", "11NQ/TW".</summary>
    private const string SymbolPattern = @"(?<sym>(?<num>\d+\p{L}{0,4})?(?:\s*[/\-–]\s*(?:\d{4}(?=\s*/)|\p{Lu}[\p{L}\d&]*(?:\s+\p{Lu}[\p{Lu}\d&]+)*))+)";

    /// <summary>The head of a list of documents of one kind and issuer: "các Quyết định của Thủ tướng Chính phủ:".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])các\s+(?<type>Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Luật)(?:\s+(?:của|do)\s+(?<issuer>[^:;.]{2,80}?)(?:\s+ban\s+hành)?)?\s*:")]
    private static partial Regex ListHeadRegex();

    /// <summary>An item of such a list: "số 2232/QĐ-TTg …", after the head or the previous item.</summary>
    [GeneratedRegex(@"\G[\s;,]*(?:và\s+|-\s*|\+\s*)?(?<at>số)\s*:?\s*" + SymbolPattern)]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"\G\s*,?\s*ngày\s*:?\s*(?:(?<d>\d{1,2})\s*)?[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})")]
    private static partial Regex ShortDateRegex();

    [GeneratedRegex(@"\G\s*,?\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})")]
    private static partial Regex LongDateRegex();

    // "… giai đoạn 2021 - 2030 và Kế hoạch thực hiện … của UBND tỉnh": a capitalised document type after "và" is another document.
    [GeneratedRegex(@"^(?:Kế hoạch|Quyết định|Chương trình|Công văn|Hướng dẫn|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Luật|Đề án)\s")]
    private static partial Regex NextDocumentRegex();

    [GeneratedRegex(@"\G(?<close>\s*\))?\s*,?\s*của\s+")]
    private static partial Regex OfRegex();

    [GeneratedRegex(@"\G\s*,?\s*")]
    private static partial Regex GapRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<t>Luật)\s+(?=\p{Lu}|sửa\s+đổi)|(?<t>[Cc]hiến\s+lược)\s+(?=[Qq]uốc\s+gia)|(?<t>Chương\s+trình|Kế\s+hoạch|Đề\s+án)\s+(?=\S)|(?<t>Nghị\s+quyết)\s+(?=[Đđ]ại\s+hội\s))")]
    private static partial Regex NamedStartRegex();

    /// <summary>The congress a resolution is named by: "Đại hội … lần thứ XII, nhiệm kỳ 2020 - 2025", "Đại hội … nhiệm kỳ 2021-2026".</summary>
    [GeneratedRegex(@"\G[Đđ]ại\s+hội\s[^;:()“”""]{0,120}?(?:lần\s+thứ\s+(?:[IVXLC]+|\d+)(?![\p{L}\d])(?:\s*,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})?|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})")]
    private static partial Regex CongressRegex();

    /// <summary>"Chương trình mục tiêu quốc gia …" named without its period.</summary>
    [GeneratedRegex(@"\G[Mm]ục\s+tiêu\s+quốc\s+gia\s")]
    private static partial Regex NationalTargetProgrammeRegex();

    /// <summary>A period a programme or strategy is named by: "giai đoạn 2016 - 2020, tầm nhìn đến năm 2030", "đến năm 2030", "5 năm 2016 - 2020".</summary>
    [GeneratedRegex(@"(?:[Gg]iai\s+đoạn|[Tt]hời\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4}(?:\s*(?:,|và)\s*(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)\s+năm\s+\d{4})?|(?:đến|tới)\s+năm\s+\d{4}|\d+\s+năm\s+\d{4}\s*[-–]\s*\d{4}")]
    private static partial Regex PeriodRegex();

    /// <summary>
    /// What follows the name of a law cited by name: its number, its date or its year ("Luật X số 73/2006/QH11 ngày
    /// 29/11/2006", "Luật X ngày 22 tháng 6 năm 2015", "Luật X năm 2007", "Luật X 2022").
    /// </summary>
    [GeneratedRegex(@"\G(?:\s*(?:số\s*:?\s*)?(?<sym>\d+\s*/\s*\d{4}\s*/\s*QH\s*\d+)(?:\s*,)?)?(?:\s+ngày\s*(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})|\s+ngày\s*(?<d>\d{1,2})\s+tháng\s*(?<m>\d{1,2})\s+năm\s*(?<y>\d{4})|\s+(?:năm\s+)?(?<y>(?:19|20)\d{2})(?![\d/\-–]|\s*[-–]\s*\d))?")]
    private static partial Regex LawTailRegex();

    [GeneratedRegex(@"\s(?:số\s*\d|ngày\s*\d|năm\s+\d{4}|(?:19|20)\d{2}(?!\d))")]
    private static partial Regex AmendingLawEndRegex();

    [GeneratedRegex(@"^\p{Lu}[^,;.]{0,80}?\s(?:xây dựng|ban hành)\s")]
    private static partial Regex MainClauseRegex();

    [GeneratedRegex(@"^(?:(?:[Tt]iếp tục|[Tt]riển khai|[Tt]hực hiện|[Tt]ổ chức|[Đđ]ẩy mạnh|[Cc]hỉ đạo)\s*,?\s*(?:và\s+)?)+")]
    private static partial Regex LeadingVerbsRegex();

    /// <summary>Every citation in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<ParsedCitation> Parse(string text)
    {
        var numbered = new List<ParsedCitation>();

        // A symbol has at least one separator ("/", "-", "–"): a paragraph without any has no numbered citation, and the
        // head pattern, which starts at almost every word, need not run over it.
        var heads = text.AsSpan().IndexOfAny('/', '-', '–') >= 0 ? HeadRegex().Matches(text) : null;
        foreach (Match head in (IEnumerable<Match>?)heads ?? [])
        {
            if (ParseNumbered(text, head, nested: false) is { } citation)
            {
                numbered.Add(citation);
            }
        }

        // A citation inside another's title: its own title stops where the outer one's subject resumes.
        for (var i = 0; i < numbered.Count; i++)
        {
            var inner = numbered[i];
            if (numbered.Any(o => o != inner && o.TitleStart < o.End && o.TitleStart <= inner.Start && inner.Start < o.End))
            {
                numbered[i] = ParseNumbered(text, HeadRegex().Match(text, inner.Start), nested: true) ?? inner;
            }
        }

        numbered.AddRange(ListItems(text));
        numbered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var named = FindNamed(text, numbered);
        for (var i = 0; i < numbered.Count; i++)
        {
            if (numbered[i].Title is null)
            {
                numbered[i] = WithBorrowedTitle(text, numbered[i], named);
            }
        }

        return [.. numbered.Concat(named).OrderBy(c => c.Start)];
    }

    // "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1/QĐ-TTg ngày …; số 2/QĐ-TTg ngày …": each item has the list's
    // type, and its issuer unless it names its own.
    private static IEnumerable<ParsedCitation> ListItems(string text)
    {
        foreach (Match head in ListHeadRegex().Matches(text))
        {
            var type = CanonicalType(Regex.Replace(head.Groups["type"].Value, @"\s+", " "));
            var issuer = head.Groups["issuer"].Success ? head.Groups["issuer"].Value.Trim() : null;
            var pos = head.Index + head.Length;
            for (var item = ListItemRegex().Match(text, pos); item.Success; item = ListItemRegex().Match(text, pos))
            {
                var symbol = item.Groups["sym"].Value.Trim().TrimEnd('-', '–').Trim();
                var symbolEnd = item.Groups["sym"].Index + item.Groups["sym"].Value.TrimEnd().TrimEnd('-', '–').TrimEnd().Length;
                if (!item.Groups["num"].Success || !symbol.Any(char.IsLetter))
                {
                    yield break;
                }

                var citation = Complete(text, item.Groups["at"].Index, symbolEnd, type, symbol, nested: false);
                yield return citation.Issuer is null ? citation with { Issuer = issuer } : citation;
                pos = Math.Max(citation.End, symbolEnd);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="citation"/> is an earlier plan or programme of the citing plan's own issuer ("Thực hiện Kế
    /// hoạch số 100/KH-UBND ngày 22/8/2011 của UBND thành phố" in the city's 2018 plan): a plan the issuer carries on, not
    /// the parent it implements. The issuers are compared by key, abbreviations expanded, either one may be the shorter.
    /// </summary>
    public static bool IsOwnEarlierPlan(Citation citation, string? planIssuer, PartialDate? planDate)
    {
        if (citation.Type is not ("Kế hoạch" or "Chương trình") || string.IsNullOrWhiteSpace(citation.Issuer) || string.IsNullOrWhiteSpace(planIssuer)
            || citation.Date?.Year is not { } cited || planDate?.Year is not { } year || cited >= year)
        {
            return false;
        }

        var a = $" {IssuerKey(citation.Issuer)} ";
        var b = $" {IssuerKey(planIssuer)} ";
        return a.Contains(b, StringComparison.Ordinal) || (b.Contains(a, StringComparison.Ordinal) && a.Trim().Split(' ').Length > 3);
    }

    private static string IssuerKey(string issuer) =>
        string.Join(' ', Regex.Replace(VietnameseText.Fold(issuer), @"[^\p{L}\d]+", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "ubnd" ? "uy ban nhan dan" : w));

    /// <summary>The canonical type of a type word as written ("Nghị Quyết" → "Nghị quyết", "KH" → "Kế hoạch").</summary>
    public static string CanonicalType(string written)
    {
        var folded = VietnameseText.Fold(written);
        return Types.FirstOrDefault(t => t.Folded == folded).Canonical ?? written;
    }

    private static ParsedCitation? ParseNumbered(string text, Match head, bool nested)
    {
        if (!head.Success)
        {
            return null;
        }

        var typeWritten = head.Groups["type"].Value;
        var hasSo = head.Groups["so"].Value.Contains("số", StringComparison.Ordinal);
        var symbol = head.Groups["sym"].Value.Trim().TrimEnd('-', '–').Trim();
        var isAbbreviation = !typeWritten.Contains(' ') && VietnameseText.Fold(typeWritten) != "luat";
        if ((isAbbreviation && !hasSo) || !symbol.Any(char.IsLetter) || (!head.Groups["num"].Success && !hasSo))
        {
            return null;
        }

        var pos = head.Groups["sym"].Index + head.Groups["sym"].Value.TrimEnd().TrimEnd('-', '–').TrimEnd().Length;
        return Complete(text, head.Index, pos, CanonicalType(typeWritten), symbol, nested);
    }

    // The date, issuer and title that follow a symbol ending at pos.
    private static ParsedCitation Complete(string text, int start, int pos, string type, string symbol, bool nested)
    {
        var rawEnd = pos;
        PartialDate? date = null;
        var dateMatch = ShortDateRegex().Match(text, pos);
        if (!dateMatch.Success)
        {
            dateMatch = LongDateRegex().Match(text, pos);
        }

        if (dateMatch.Success)
        {
            date = new PartialDate(Number(dateMatch.Groups["y"]), Number(dateMatch.Groups["m"]), Number(dateMatch.Groups["d"]));
            pos = rawEnd = dateMatch.Index + dateMatch.Length;
        }

        string? issuer = null;
        var of = OfRegex().Match(text, pos);
        if (of.Success)
        {
            var issuerStart = of.Index + of.Length;
            var issuerEnd = ScanIssuer(text, issuerStart);
            if (issuerEnd > issuerStart)
            {
                issuer = text[issuerStart..issuerEnd].Trim();
                pos = issuerEnd;
                if (!of.Groups["close"].Success)
                {
                    rawEnd = issuerEnd;
                }
            }
        }

        string? title = null;
        var titleStart = -1;
        var gap = GapRegex().Match(text, pos);
        var afterGap = gap.Index + gap.Length;
        if (StartsWithWord(text, afterGap, TitleStarts) is not null && (issuer is not null || !of.Success))
        {
            titleStart = afterGap;
            var titleEnd = ScanTitle(text, titleStart, nested);
            if (titleEnd > titleStart)
            {
                title = text[titleStart..titleEnd].Trim();
                rawEnd = titleEnd;
            }
        }

        var raw = text[start..rawEnd].Trim().TrimEnd(',', ';').Trim();
        return new ParsedCitation(type, symbol, date, issuer, title, raw, start, start + raw.Length,
            title is null ? start + raw.Length : titleStart, IsNamed: false);
    }

    private static int? Number(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;

    private static int ScanIssuer(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(' && depth == 0 && Regex.IsMatch(text.AsSpan(i + 1), @"^\s*kh[óo]a\b"))
            {
                depth++;
                continue;
            }

            if (c == ')' && depth > 0)
            {
                depth--;
                continue;
            }

            if (c is ';' or ',' or ':' or ')' or '(' or '\t' or '“' or '"' or '…' || Paragraph.IsSuperscript(c) || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '.')))
            {
                return TrimEnd(text, start, i);
            }

            if (i > start && text[i - 1] == ' ' && depth == 0)
            {
                if (StartsWithWord(text, i, IssuerStops) is not null)
                {
                    return TrimEnd(text, start, i);
                }

                if (StartsWithWord(text, i, ["và"]) is not null && NextWordEndsPhrase(text, i + 2))
                {
                    return TrimEnd(text, start, i);
                }
            }
        }

        return TrimEnd(text, start, text.Length);
    }

    // After "và": a lower-case word ("và các …", "và để …") or another citation ends the issuer; "và Xã hội" does not.
    private static bool NextWordEndsPhrase(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        if (rest.Length == 0)
        {
            return true;
        }

        return char.IsLower(rest[0]) || HeadRegex().Match(rest.ToString()) is { Success: true, Index: 0 } || NamedStartRegex().Match(rest.ToString()) is { Success: true, Index: 0 };
    }

    private static int ScanTitle(string text, int start, bool nested)
    {
        var depth = 0;
        var quoteClose = '\0';
        for (var i = start; i < text.Length && i - start < 600; i++)
        {
            var c = text[i];
            if (quoteClose != '\0')
            {
                if (c == quoteClose)
                {
                    quoteClose = '\0';
                }

                continue;
            }

            if (c is '“' or '"' && text.IndexOfAny(['”', '"'], i + 1) is var close && close > i)
            {
                quoteClose = text[close];
                continue;
            }

            if (c == '(')
            {
                depth++;
                continue;
            }

            if (c == ')')
            {
                if (depth == 0)
                {
                    return TrimEnd(text, start, i);
                }

                depth--;
                continue;
            }

            if (c is ';' or ':' or '\t' or '…' || Paragraph.IsSuperscript(c) || (c == '.' && IsSentenceEnd(text, i)))
            {
                return TrimEnd(text, start, i);
            }

            if (c == ',' && CommaEndsTitle(text, start, i))
            {
                return TrimEnd(text, start, i);
            }

            if (i > start && text[i - 1] == ' ')
            {
                if (StartsWithWord(text, i, ["và"]) is not null)
                {
                    var after = text.AsSpan(i + 2).TrimStart().ToString();
                    if (after.StartsWith("để ", StringComparison.Ordinal) || after.StartsWith("các ", StringComparison.Ordinal) || HeadRegex().Match(after) is { Success: true, Index: 0 }
                        || NextDocumentRegex().IsMatch(after))
                    {
                        return TrimEnd(text, start, i);
                    }
                }

                if (nested && StartsWithWord(text, i, ["trên địa bàn"]) is not null)
                {
                    return TrimEnd(text, start, i);
                }
            }
        }

        return TrimEnd(text, start, Math.Min(text.Length, start + 600));
    }

    private static bool IsSentenceEnd(string text, int i) =>
        i + 1 == text.Length || text[i + 1] is '.' or '/' || (char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2])));

    private static bool CommaEndsTitle(string text, int start, int i)
    {
        var before = text[start..i].TrimEnd();
        var after = text[(i + 1)..].TrimStart();
        if (before.Length >= 4 && before[^4..].All(char.IsAsciiDigit))
        {
            return !(after.StartsWith("tầm nhìn", StringComparison.Ordinal) || after.StartsWith("định hướng", StringComparison.Ordinal));
        }

        return CommaEnders.Any(e => after.StartsWith(e, StringComparison.Ordinal)) || MainClauseRegex().IsMatch(after);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }

        return end;
    }

    /// <summary>The word or phrase of <paramref name="words"/> that <paramref name="text"/> has at <paramref name="at"/>, as a whole word.</summary>
    private static string? StartsWithWord(string text, int at, IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (at + w.Length <= text.Length && string.CompareOrdinal(text, at, w, 0, w.Length) == 0
                && (at + w.Length == text.Length || !char.IsLetterOrDigit(text[at + w.Length])))
            {
                return w;
            }
        }

        return null;
    }

    private static List<ParsedCitation> FindNamed(string text, List<ParsedCitation> numbered)
    {
        var found = new List<ParsedCitation>();
        foreach (Match m in NamedStartRegex().Matches(text))
        {
            var start = m.Index;
            if (numbered.Any(c => c.Start <= start && start < c.TitleStart))
            {
                continue; // the type word of a numbered citation
            }

            var typeWritten = m.Groups["t"].Value;
            var end = NamedEnd(text, start, m.Index + m.Length, typeWritten);
            if (end is null)
            {
                continue;
            }

            var name = text[start..end.Value].Trim();
            if (IsGeneric(text, start) || IsApproved(text, start) || IsToBeDrafted(text, start, numbered, found))
            {
                continue;
            }

            var canonical = CanonicalType(typeWritten);
            string? number = null;
            PartialDate? date = null;
            var rawEnd = start + name.Length;
            if (canonical == "Luật" && LawTailRegex().Match(text, rawEnd) is { Success: true, Length: > 0 } tail)
            {
                number = tail.Groups["sym"].Success ? Regex.Replace(tail.Groups["sym"].Value, @"\s+", string.Empty) : null;
                date = tail.Groups["d"].Success ? new PartialDate(Number(tail.Groups["y"]), Number(tail.Groups["m"]), Number(tail.Groups["d"])) : null;
                rawEnd = TrimEnd(text, start, tail.Index + tail.Length);
            }

            var raw = text[start..rawEnd];
            found.Add(new ParsedCitation(canonical, number, date, null, name, raw, start, rawEnd, start, IsNamed: true));
        }

        // A document named inside another named document's name is part of that name.
        return found.Where(f => !found.Any(o => o != f && o.Start < f.Start && f.Start < o.End)).ToList();
    }

    private static int? NamedEnd(string text, int start, int nameFrom, string typeWritten)
    {
        var clauseEnd = ClauseEnd(text, nameFrom);
        var period = PeriodRegex().Match(text, nameFrom, clauseEnd - nameFrom);
        var isLaw = typeWritten == "Luật";
        var isStrategy = VietnameseText.Fold(typeWritten) == "chien luoc";
        if (period.Success && !isLaw && WordCount(text, nameFrom, period.Index) <= 40)
        {
            var end = period.Index + period.Length;
            return ExtendToClosingQuote(text, nameFrom, end);
        }

        if (char.IsLower(typeWritten[0]))
        {
            return null; // "chiến lược quốc gia" in lower case counts only with its period
        }

        // "Nghị quyết Đại hội đại biểu … lần thứ XV, nhiệm kỳ 2020 - 2025": a congress resolution is named by its congress.
        if (VietnameseText.Fold(typeWritten) == "nghi quyet")
        {
            var congress = CongressRegex().Match(text, nameFrom);
            return congress.Success && congress.Index + congress.Length <= clauseEnd ? congress.Index + congress.Length : null;
        }

        // "Chương trình mục tiêu quốc gia giảm nghèo bền vững": a national target programme is named by its subject.
        if (VietnameseText.Fold(typeWritten) == "chuong trinh" && NationalTargetProgrammeRegex().Match(text, nameFrom).Success)
        {
            return ProgrammeNameEnd(text, nameFrom, clauseEnd);
        }

        // "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": an amending law is named up to its number, date or year.
        if (isLaw && text.AsSpan(nameFrom).StartsWith("sửa đổi", StringComparison.Ordinal))
        {
            var tail = AmendingLawEndRegex().Match(text, nameFrom, clauseEnd - nameFrom);
            return TrimEnd(text, nameFrom, tail.Success ? tail.Index : clauseEnd);
        }

        if (isLaw)
        {
            var folded = VietnameseText.Fold(text[nameFrom..Math.Min(text.Length, nameFrom + 60)]);
            var known = LawNames.Select(n => (Name: n, Key: VietnameseText.Fold(n)))
                .Where(n => folded.StartsWith(n.Key, StringComparison.Ordinal) && (folded.Length == n.Key.Length || !char.IsLetterOrDigit(folded[n.Key.Length])))
                .OrderByDescending(n => n.Key.Length)
                .FirstOrDefault();
            if (known.Name is not null)
            {
                return nameFrom + known.Name.Length;
            }
        }

        if (isLaw || isStrategy)
        {
            return ShortNameEnd(text, nameFrom, isLaw ? 8 : 10, isLaw);
        }

        // "Đề án “…”", "Kế hoạch triển khai Đề án “…”": a quoted name near the type word.
        var open = text.IndexOfAny(['“', '"'], nameFrom, Math.Min(60, text.Length - nameFrom));
        if (open >= 0 && WordCount(text, nameFrom, open) <= 3)
        {
            var close = text.IndexOf(text[open] == '“' ? '”' : '"', open + 1);
            if (close < 0)
            {
                close = text.IndexOf('”', open + 1);
            }

            return close > open ? close + 1 : null;
        }

        return null;
    }

    // A period written inside a quoted name ("Đề án “… giai đoạn 2016-2020 và tầm nhìn đến năm 2030”") ends with the quote.
    private static int ExtendToClosingQuote(string text, int from, int end)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(from, end - from))
        {
            depth = c switch { '“' => depth + 1, '”' => Math.Max(0, depth - 1), '"' => depth > 0 ? depth - 1 : depth + 1, _ => depth };
        }

        if (depth == 0)
        {
            return end;
        }

        var close = text.IndexOfAny(['”', '"'], end);
        return close >= 0 ? close + 1 : end;
    }

    private static int ShortNameEnd(string text, int from, int maxWords, bool isLaw)
    {
        var words = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ',' && isLaw && text.AsSpan(i + 1).TrimStart().StartsWith("chống", StringComparison.Ordinal))
            {
                continue; // "Luật Phòng, chống bạo lực gia đình"
            }

            if (c is ';' or ',' or '.' or '(' or ')' or ':' or '…' or '\t' or '“' or '"' || Paragraph.IsSuperscript(c))
            {
                return TrimEnd(text, from, i);
            }

            if (c == ' ')
            {
                words++;
                if (words >= maxWords || StartsWithWord(text, i + 1, ["và", "trên địa bàn", "theo", "của", "đến", "tới", "năm", "số", "ngày", "liên quan", "đã", "được", "cho", "bằng", "tại", "với", "trong", "để", "nhằm", "đối với", "từ"]) is not null)
                {
                    return TrimEnd(text, from, i);
                }
            }
        }

        return TrimEnd(text, from, text.Length);
    }

    // The subject of a programme runs to the end of its phrase: a comma, a stop, a preposition, or "và" before another
    // document or a capitalised name ("… dân tộc thiểu số và miền núi" keeps its "và").
    private static int? ProgrammeNameEnd(string text, int from, int clauseEnd)
    {
        var words = 0;
        for (var i = from; i < clauseEnd; i++)
        {
            var c = text[i];
            if (c is ',' or '.' or '“' or '"')
            {
                return TrimEnd(text, from, i);
            }

            if (c != ' ')
            {
                continue;
            }

            words++;
            if (words > 30 || Regex.IsMatch(text.AsSpan(i + 1), @"^(?:số|ngày)\s*\d") || StartsWithWord(text, i + 1, ["trên địa bàn", "theo", "của", "liên quan", "đã", "được", "cho", "bằng", "tại", "với", "trong", "để", "nhằm", "đối với", "từ"]) is not null)
            {
                return words > 4 ? TrimEnd(text, from, i) : null;
            }

            var afterAnd = StartsWithWord(text, i + 1, ["và"]) is null ? null : text[(i + 3)..].TrimStart();
            if (afterAnd is not null && (afterAnd.Length == 0 || char.IsUpper(afterAnd[0]) || StartsWithWord(afterAnd, 0, ["các", "để", "những"]) is not null))
            {
                return TrimEnd(text, from, i);
            }
        }

        return words > 4 ? TrimEnd(text, from, clauseEnd) : null;
    }

    private static int ClauseEnd(string text, int from)
    {
        var quote = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '”' or '"')
            {
                quote = c == '“' || (c == '"' && !quote);
                continue;
            }

            if (!quote && (c is ';' or '(' or ')' or ':' or '…' or '\t' || Paragraph.IsSuperscript(c) || (c == '.' && IsSentenceEnd(text, i))))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int WordCount(string text, int from, int to) => text[from..Math.Max(from, to)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "các Chương trình có liên quan …", "các Dự án, Chương trình …": a kind of document, not one document.
    private static bool IsGeneric(string text, int start)
    {
        var before = text[Math.Max(0, start - 30)..start].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3).ToList();
        return before.Count > 0 && before.Any(w => w.Equals("các", StringComparison.OrdinalIgnoreCase)) && (before[^1] == "các" || before[^1].EndsWith(','));
    }

    // "phê duyệt Chiến lược …", "về việc ban hành Chương trình …": the approving document is the citation.
    private static bool IsApproved(string text, int start)
    {
        var before = text[Math.Max(0, start - 12)..start].TrimEnd();
        return before.EndsWith("phê duyệt", StringComparison.Ordinal) || before.EndsWith("ban hành", StringComparison.Ordinal);
    }

    // "tham mưu, xây dựng chương trình … giai đoạn 2021 - 2030; Đề án … giai đoạn 2020 - 2025": to be written, not cited.
    private static bool IsToBeDrafted(string text, int start, List<ParsedCitation> numbered, List<ParsedCitation> named)
    {
        var sentenceStart = text.LastIndexOf(". ", Math.Max(0, start - 1), StringComparison.Ordinal);
        sentenceStart = sentenceStart < 0 ? 0 : sentenceStart + 2;
        var chars = text[sentenceStart..start].ToCharArray();
        foreach (var c in numbered.Concat(named))
        {
            for (var i = Math.Max(c.Start, sentenceStart); i < Math.Min(c.End, start); i++)
            {
                chars[i - sentenceStart] = ' ';
            }
        }

        var before = new string(chars);
        var draft = Math.Max(before.LastIndexOf("xây dựng", StringComparison.OrdinalIgnoreCase), before.LastIndexOf("ban hành", StringComparison.OrdinalIgnoreCase));
        if (draft < 0)
        {
            return false;
        }

        var between = before[(draft + 8)..];
        return !new[] { "thực hiện", "triển khai", "theo", "căn cứ", "của", "về", "tại" }.Any(w => Regex.IsMatch(between, $@"(?<!\p{{L}}){w}(?!\p{{L}})"));
    }

    // "Chương trình Truyền thông … đến năm 2030 (Quyết định số 1790/QĐ-TTg …)": the decision's subject is the programme
    // named before the parenthesis; "biện pháp … giai đoạn 2016- 2020 theo Quyết định số 515/QĐ-TTg …": the subject before "theo".
    private static ParsedCitation WithBorrowedTitle(string text, ParsedCitation citation, List<ParsedCitation> named)
    {
        var before = text[..citation.Start].TrimEnd();
        if (before.EndsWith('('))
        {
            var open = before.Length - 1;
            var programme = named.FirstOrDefault(n => n.End <= open && text[n.End..open].Trim().Length == 0);
            if (programme is not null)
            {
                named.Remove(programme);
                return citation with { Title = programme.Title };
            }
        }

        if (before.EndsWith(" theo", StringComparison.Ordinal))
        {
            var clauseStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf(';'));
            var subject = before[(clauseStart + 1)..^4].Trim().TrimStart('.', ' ');
            var period = PeriodRegex().Match(subject);
            if (period.Success && period.Index + period.Length == subject.Length)
            {
                subject = LeadingVerbsRegex().Replace(subject, string.Empty).Trim();
                return citation with { Title = subject };
            }
        }

        return citation;
    }
}
