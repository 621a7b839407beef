using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>What the header of a plan says: "Số: …", "&lt;place&gt;, ngày … tháng … năm …", "KẾ HOẠCH" and the title lines.</summary>
internal sealed record HeaderFacts
{
    /// <summary>"Số: …" as written, emphasis removed.</summary>
    public Located<string>? Number { get; init; }

    /// <summary>Place of issue.</summary>
    public string? Place { get; init; }

    /// <summary>Date of issue, partial when the draft leaves a part blank.</summary>
    public Located<PartialDate>? IssueDate { get; init; }

    /// <summary>"Kế hoạch", "Chương trình" …</summary>
    public string? DocumentType { get; init; }

    /// <summary>Document type line and title lines, joined.</summary>
    public Located<string>? Title { get; init; }

    /// <summary>Upper-case lines above the title that name bodies ("UBND TỈNH LAI CHÂU", "SỞ Y TẾ").</summary>
    public IReadOnlyList<Located<string>> IssuerLines { get; init; } = [];

    /// <summary>
    /// The issuer as the header names it: the last issuer line in the case names are written in ("SỞ Y TẾ" → "Sở Y tế"),
    /// with the province of the line above when it names none ("UBND TỈNH HÀ TĨNH" / "SỞ Y TẾ" → "Sở Y tế tỉnh Hà Tĩnh").
    /// </summary>
    public Located<string>? Issuer => IssuerLines.Count == 0 ? null
        : new Located<string>(HeaderExtractor.IssuerName(IssuerLines), IssuerLines[^1].Location);

    /// <summary>"DỰ THẢO" written in the header.</summary>
    public bool MarkedDraft { get; init; }

    /// <summary>Index of the first paragraph after the title.</summary>
    public int BodyStart { get; init; }
}

/// <summary>Reads the header of a plan (SPEC §2 "Header").</summary>
internal static partial class HeaderExtractor
{
    private static readonly string[] DocumentTypes =
        ["KẾ HOẠCH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "CÔNG VĂN", "HƯỚNG DẪN", "BÁO CÁO", "THÔNG BÁO", "CHỈ THỊ", "NGHỊ QUYẾT", "ĐỀ ÁN"];

    [GeneratedRegex(@"^Số\s*:\s*(?<n>[^\t]*?)\s*$")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^(?<place>[^,\t\d]{2,60}?)\s*,\s*ngày\s*[.…_ ]*(?<d>\d{1,2})?[.…_ ]*(?:tháng|/)\s*[.…_ ]*(?<m>\d{1,2})?[.…_ ]*(?:năm|/)\s*[.…_ ]*(?<y>\d{4})?")]
    private static partial Regex PlaceDateRegex();

    // The subject line of a Công văn ("V/v …", "Về việc …"), which stands where a plan has its type and title.
    [GeneratedRegex(@"^(?:V/v|v/v|V/V|Về việc|VỀ VIỆC)\s")]
    private static partial Regex SubjectLineRegex();

    // A header line that continues the body named on the line above: "ỦY BAN NHÂN DÂN" / "HUYỆN X", "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI".
    [GeneratedRegex(@"^(?:VÀ\s|[-–]\s*|(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\p{Lu}(?!\p{Ll}))")]
    private static partial Regex ContinuationLineRegex();

    [GeneratedRegex(@"(?:^|\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\p{Lu}")]
    private static partial Regex PlaceInLineRegex();

    // The note under an appendix heading that names the document it belongs to.
    [GeneratedRegex(@"^\(?\s*(?:[Kk]èm theo|[Bb]an hành kèm theo)\s")]
    private static partial Regex AppendixNoteRegex();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Triển khai thực hiện|Triển khai|Thi hành|Theo)\b")]
    private static partial Regex BasisStartRegex();

    [GeneratedRegex(@"(?:^|[,.;]\s+)(?<issuer>\p{Lu}[^,.;:()]{2,100}?)\s+(?:xây dựng(?:\s+và\s+ban\s+hành)?|ban hành|triển khai xây dựng)\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Qq]uyết định|[Hh]ướng dẫn|[Cc]ông văn)")]
    private static partial Regex IssuerPhraseRegex();

    [GeneratedRegex(@"(?<kind>tỉnh|thành phố|huyện|xã|quận)\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})")]
    private static partial Regex PlaceNameRegex();

    // A place's name right after its body, within one cell: title-case words ("Đắk Ngọc") or upper-case ones ("ĐẮK NGỌC").
    // A word is a capital and then only small letters or only capitals, each with any combining marks (a text not in NFC);
    // it never ends inside a word, so a capital with stacked marks ("Ắ", "Ờ") does not cut the name after its first letter.
    [GeneratedRegex(@"^[^\S\t\n]+(?<name>\p{Lu}\p{M}*(?:(?:\p{Ll}\p{M}*)*|(?:\p{Lu}\p{M}*)+)(?![\p{L}\p{M}])(?:[^\S\t\n]+\p{Lu}\p{M}*(?:(?:\p{Ll}\p{M}*)*|(?:\p{Lu}\p{M}*)+)(?![\p{L}\p{M}])){0,2})")]
    private static partial Regex PlaceNameAfterRegex();

    /// <summary>Reads the header from the first paragraphs.</summary>
    public static HeaderFacts Read(IReadOnlyList<Paragraph> paragraphs, string file)
    {
        Located<string>? number = null;
        Located<PartialDate>? date = null;
        string? place = null, type = null;
        var draft = false;
        var issuerLines = new List<Located<string>>();
        var title = new List<string>();
        var titleLine = 0;
        var bodyStart = 0;
        var typeIndex = -1;
        var subjectLine = false;
        for (var i = 0; i < paragraphs.Count && i < 40; i++)
        {
            var p = paragraphs[i];
            bodyStart = i + 1;
            if (p.IsFootnote)
            {
                continue;
            }

            if (typeIndex >= 0)
            {
                if (p.Text.StartsWith('(') && p.Text.EndsWith(')'))
                {
                    continue; // "(Ban hành kèm theo …)"
                }

                // A decision's enacting authority ("ỦY BAN NHÂN DÂN TỈNH X") follows its mixed-case title and ends it.
                if (!IsTitleLine(p) || (title.Count > 1 && IsUpperCase(p.Text) && !IsUpperCase(title[^1])))
                {
                    bodyStart = i;
                    break;
                }

                title.Add(p.Text);
                continue;
            }

            foreach (var item in p.IsTableRow ? p.Cells.Where(c => c.Length > 0) : [p.Text])
            {
                var folded = VietnameseText.Fold(item);
                if (folded.StartsWith("cong hoa xa hoi", StringComparison.Ordinal) || folded.StartsWith("doc lap", StringComparison.Ordinal)
                    || folded.StartsWith("dang cong san", StringComparison.Ordinal) || item.All(c => c is '-' or '_' or '*' or ' '))
                {
                    continue;
                }

                if (folded.Contains("du thao", StringComparison.Ordinal) && item.Length < 20)
                {
                    draft = true;
                    continue;
                }

                if (number is null && NumberRegex().Match(item) is { Success: true } n)
                {
                    number = new Located<string>(n.Groups["n"].Value.Trim(), new SourceLocation(file, p.Line, 1));
                    continue;
                }

                if (date is null && PlaceDateRegex().Match(item) is { Success: true } d)
                {
                    place = d.Groups["place"].Value.Trim();
                    date = new Located<PartialDate>(new PartialDate(Int(d.Groups["y"]), Int(d.Groups["m"]), Int(d.Groups["d"])), new SourceLocation(file, p.Line, 1));
                    continue;
                }

                if (typeIndex < 0 && DocumentTypes.FirstOrDefault(t => item.StartsWith(t, StringComparison.Ordinal) && (item.Length == t.Length || item[t.Length] == ' ')) is { } t)
                {
                    typeIndex = i;
                    type = CitationParser.CanonicalType(t);
                    title.Add(item);
                    titleLine = p.Line;
                    continue;
                }

                if (typeIndex < 0 && number is not null && SubjectLineRegex().IsMatch(item))
                {
                    typeIndex = i;
                    subjectLine = true;
                    type ??= "Công văn";
                    title.Add(item);
                    titleLine = p.Line;
                    continue;
                }

                // Upper-case lines below "Số:" are the signature block of a document without a title line, not its issuer.
                if (typeIndex < 0 && IsUpperCase(item) && item.Length < 80 && (number is null || number.Location.Line == p.Line))
                {
                    var located = new Located<string>(item, new SourceLocation(file, p.Line, 1));
                    if (issuerLines.Count > 0 && ContinuationLineRegex().IsMatch(item) && !PlaceInLineRegex().IsMatch(issuerLines[^1].Value))
                    {
                        located = new Located<string>($"{issuerLines[^1].Value} {item}", issuerLines[^1].Location);
                        issuerLines.RemoveAt(issuerLines.Count - 1);
                    }

                    issuerLines.Add(located);
                }
            }
        }

        if (typeIndex < 0)
        {
            bodyStart = FirstBodyParagraph(paragraphs);
        }
        else if (subjectLine && FirstBodyParagraph(paragraphs) is var first && first > bodyStart)
        {
            bodyStart = first; // a Công văn's "Kính gửi:" block comes between its subject line and its body
        }

        // A header without "Số:" (a scan that lost it): an appendix that says which document it goes with — "(Kèm theo Kế
        // hoạch số 16/KH-BV, ngày 22/3/2017)" — gives the document's own number and date.
        if (number is null && OwnNumberInAppendix(paragraphs, type, file) is { } own)
        {
            number = own.Number;
            date ??= own.Date;
        }

        return new HeaderFacts
        {
            Number = number,
            Place = place,
            IssueDate = date,
            DocumentType = type,
            Title = title.Count > 0 ? new Located<string>(VietnameseText.Clean(string.Join(' ', title)), new SourceLocation(file, titleLine, 1)) : null,
            IssuerLines = issuerLines,
            MarkedDraft = draft,
            BodyStart = bodyStart,
        };
    }

    private static (Located<string> Number, Located<PartialDate>? Date)? OwnNumberInAppendix(IReadOnlyList<Paragraph> paragraphs, string? type, string file)
    {
        foreach (var p in paragraphs)
        {
            if (!AppendixNoteRegex().IsMatch(p.Text))
            {
                continue;
            }

            var citation = CitationParser.Parse(p.Text).FirstOrDefault(c => c.Number is not null && (type is null || c.Type == type));
            if (citation is not null && DocumentSymbol.Classify(citation.Number) != SymbolShape.Blank)
            {
                var at = new SourceLocation(file, p.LineAt(citation.Start), 1);
                return (new Located<string>(citation.Number!, at), citation.Date is { } d ? new Located<PartialDate>(d, at) : null);
            }
        }

        return null;
    }

    /// <summary>The issuer named by the header lines: see <see cref="HeaderFacts.Issuer"/>.</summary>
    public static string IssuerName(IReadOnlyList<Located<string>> lines)
    {
        var last = lines[^1].Value;
        var name = IsUpperCase(last) ? NameCase(last) : last;
        return lines.Count > 1 ? PlaceFromHeader(name, lines.Take(lines.Count - 1).Select(l => l.Value).Reverse().Take(1)
            .Select(l => new Located<string>(l, lines[0].Location)).ToList()) : name;
    }

    // "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội", "ỦY BAN NHÂN DÂN HUYỆN TIÊN YÊN" →
    // "Ủy ban nhân dân huyện Tiên Yên": a body's name capitalises its first word, the first word of each part (after the
    // kind of body, a dash, a comma or "và") and the place's name; abbreviations (UBND) stay upper case.
    private static string NameCase(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        var capitalise = true;
        var inPlace = false;
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var keep = IsAbbreviation(word);
            result.Add(keep ? word : capitalise || inPlace ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower);
            var folded = VietnameseText.Fold(lower);
            inPlace = inPlace || (!keep && PlaceKindWords.Contains(lower) && !(lower == "xã" && result.Count > 1 && result[^2] == "và"));
            capitalise = (result.Count <= 2 && BodyKindWords.Contains(folded) && (result.Count == 1 || folded != "ban")) || word is "-" or "–" || word.EndsWith(',') || folded == "va";
        }

        var text = string.Join(' ', result);
        return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static readonly HashSet<string> BodyKindWords = ["so", "bo", "ban", "phong", "tam", "vien", "hoi", "cuc", "chi"];

    private static readonly HashSet<string> PlaceKindWords = ["tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn"];

    private static readonly string[] Digraphs = ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"];

    // An abbreviation has two consonants in a row that no Vietnamese syllable has ("UBND", "TTYT", "LĐTBXH").
    private static bool IsAbbreviation(string word)
    {
        var letters = VietnameseText.Fold(word).Where(char.IsLetter).ToArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            if (!IsVowel(letters[i]) && !IsVowel(letters[i + 1]) && !Digraphs.Contains($"{letters[i]}{letters[i + 1]}"))
            {
                return true;
            }
        }

        return letters.Length > 1 && !letters.Any(IsVowel);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>True for an opening "Căn cứ …", "Thực hiện …", "Triển khai thực hiện …" paragraph that cites something.</summary>
    public static bool IsBasis(Paragraph p) =>
        !p.IsTableRow && p.Marker.Kind == MarkerKind.None && BasisStartRegex().IsMatch(p.Text) && CitationParser.Parse(p.Text).Count > 0;

    /// <summary>
    /// The issuer as the opening sentence names it ("…, Sở Y tế Thanh Hóa xây dựng và ban hành kế hoạch …"), completed with the
    /// place when the sentence leaves it out ("Ban vì sự tiến bộ của phụ nữ tỉnh" + "… tỉnh Thanh Hóa …" in the title).
    /// </summary>
    public static Located<string>? IssuerFromBody(IReadOnlyList<Paragraph> paragraphs, int from, int to, string? title, string file, IReadOnlyList<Located<string>>? headerLines = null)
    {
        for (var i = from; i < to && i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote || p.IsTableRow)
            {
                continue;
            }

            foreach (Match m in IssuerPhraseRegex().Matches(p.Text))
            {
                var issuer = m.Groups["issuer"].Value.Trim();
                if (!UnitListParser.StartsWithHead(issuer, 0))
                {
                    continue;
                }

                issuer = CompletePlace(issuer, paragraphs, title);
                issuer = PlaceFromHeader(issuer, headerLines ?? []);
                return new Located<string>(issuer, new SourceLocation(file, p.LineAt(m.Groups["issuer"].Index), 1));
            }
        }

        return null;
    }

    /// <summary>The period of the plan from its title: "giai đoạn 2021 - 2025" or "năm 2026".</summary>
    public static YearPeriod? PeriodFromTitle(string title)
    {
        var folded = VietnameseText.Fold(title);
        var range = Regex.Match(folded, @"giai doan\s+(\d{4})\s*[-–]\s*(\d{4})");
        if (range.Success)
        {
            return new YearPeriod(int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        var year = Regex.Match(folded, @"\bnam\s+(\d{4})\b");
        return year.Success ? new YearPeriod(int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>True when the letters of <paramref name="text"/> are (nearly) all upper case.</summary>
    public static bool IsUpperCase(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.Count(char.IsUpper) >= letters.Count * 0.85;
    }

    private static string CompletePlace(string issuer, IReadOnlyList<Paragraph> paragraphs, string? title)
    {
        var folded = VietnameseText.Fold(issuer);
        if (!Regex.IsMatch(folded, @"(?:tinh|thanh pho|huyen|xa|quan)$"))
        {
            return issuer;
        }

        // The same body named with its place elsewhere ("Ủy ban nhân dân thành phố Hà Nội"), then the place in the title or the text.
        foreach (var p in paragraphs)
        {
            var at = p.Text.IndexOf(issuer, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var rest = p.Text[(at + issuer.Length)..];
                var name = PlaceNameAfterRegex().Match(rest);
                if (name.Success && !UnitListParser.StartsWithHead(name.Groups["name"].Value, 0))
                {
                    // Named in an upper-case header ("ỦY BAN NHÂN DÂN TỈNH ĐẮK NGỌC"): the body's own words, the place's name cased.
                    var found = p.Text.Substring(at, issuer.Length);
                    return IsUpperCase(found)
                        ? issuer + " " + string.Join(' ', name.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleWord))
                        : found + " " + name.Groups["name"].Value;
                }

                at = p.Text.IndexOf(issuer, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        var kind = folded.EndsWith("thanh pho", StringComparison.Ordinal) ? "thành phố" : issuer.Split(' ')[^1].ToLowerInvariant();
        foreach (var text in new[] { title ?? string.Empty }.Concat(paragraphs.Select(p => p.Text)))
        {
            foreach (Match m in PlaceNameRegex().Matches(text))
            {
                if (string.Equals(m.Groups["kind"].Value, kind, StringComparison.OrdinalIgnoreCase))
                {
                    return issuer + " " + m.Groups["name"].Value;
                }
            }
        }

        return issuer;
    }

    // "Sở Lao động - Thương binh và Xã hội" under the header line "UBND TỈNH YÊN BÁI": "… tỉnh Yên Bái", as the body is named.
    private static string PlaceFromHeader(string issuer, IReadOnlyList<Located<string>> headerLines)
    {
        // Place words are written in lower case ("tỉnh", "xã"); "Xã hội" in a Sở's name is not one.
        if (Regex.IsMatch(" " + issuer + " ", @" (?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?) "))
        {
            return issuer;
        }

        var folded = " " + VietnameseText.Fold(issuer) + " ";

        foreach (var line in headerLines.Reverse())
        {
            var m = Regex.Match(line.Value, @"\b(?<kind>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(?<name>\p{Lu}+(?:\s+\p{Lu}+){0,3})$");
            if (m.Success && !folded.Contains(" " + VietnameseText.Fold(m.Groups["name"].Value) + " ", StringComparison.Ordinal))
            {
                var name = string.Join(' ', m.Groups["name"].Value.Split(' ').Select(w => w[..1] + w[1..].ToLowerInvariant()));
                return $"{issuer} {m.Groups["kind"].Value.ToLowerInvariant()} {name}";
            }
        }

        return issuer;
    }

    private static string TitleWord(string word) => word[..1] + word[1..].ToLowerInvariant();

    private static bool IsTitleLine(Paragraph p)
    {
        if (p.IsTableRow || p.Marker.Kind != MarkerKind.None || IsBasis(p))
        {
            return false;
        }

        var text = p.Text.TrimEnd();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 40 && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(';');
    }

    private static int FirstBodyParagraph(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (IsBasis(paragraphs[i]) || paragraphs[i].Marker.Kind is MarkerKind.Roman or MarkerKind.Number)
            {
                return i;
            }
        }

        return 0;
    }

    private static int? Int(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;
}
