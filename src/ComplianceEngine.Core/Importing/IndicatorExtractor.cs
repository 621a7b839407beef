using ComplianceEngine.Core.Input;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads indicators ("chỉ tiêu") from sentences ("giảm còn 50,45/100.000", "114 bé trai/100 bé gái", "đạt từ 20-25%",
/// "đảm bảo có 80% cán bộ …") and from tables of targets (name, unit, baseline, target, responsible unit, note).
/// </summary>
internal static partial class IndicatorExtractor
{
    // A qualifier before the figure ("trên", "ít nhất", "không vượt quá", "từ … trở lên") is part of the target.
    [GeneratedRegex(@"(?<v>(?:(?:[Tt]ừ|[Tt]rên|[Dd]ưới|[Tt]ối thiểu|[Tt]ối đa|[Íí]t nhất|[Kk]hông quá|[Kk]hông vượt quá|[Kk]hông dưới|[Kk]hông thấp hơn|[Kk]hông cao hơn)\s+)?(?:\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*%|\d+(?:[.,]\d+)?\s*bé trai\s*/\s*100\s*bé gái|\d+(?:[.,]\d+)?\s*/\s*\d{1,3}(?:\.\d{3})+)(?:\s+trở\s+(?:lên|xuống))?)")]
    private static partial Regex ValueRegex();

    [GeneratedRegex(@"[Tt]ỷ\s+(?:lệ|số|suất)\b")]
    private static partial Regex NameStartRegex();

    [GeneratedRegex(@"\s*(?:\(|giảm xuống còn|xuống còn|giảm còn|giảm xuống|giảm|tăng lên|tăng|đạt|còn|là|ở mức|:)?\s*$")]
    private static partial Regex NameTailRegex();

    [GeneratedRegex(@"^[^().;%]{0,30}?(?:vào|đến|trong)?\s*năm\s+(?<y>\d{4})")]
    private static partial Regex YearAfterRegex();

    [GeneratedRegex(@"(?:đảm bảo|phấn đấu|có|đạt|Phấn đấu|Đảm bảo|[Dd]uy trì|[Gg]iữ vững)\s*$")]
    private static partial Regex LeadInRegex();

    [GeneratedRegex(@"\s+(?:phấn đấu|đảm bảo|bảo đảm|ở mức|là|còn)\s*$")]
    private static partial Regex LeadInTailRegex();

    // "e) 100% sở, ban, ngành …": a list marker before a figure written first.
    [GeneratedRegex(@"^\s*(?:[a-zđ]\)|\d+(?:\.\d+)*\.|[-+•*])?\s*$")]
    private static partial Regex MarkerOnlyRegex();

    // "… giảm 5% số ca …", "tăng 10% tỷ lệ …": a change written before the quantity it applies to.
    [GeneratedRegex(@"(?<![\p{L}])(?:giảm|tăng)\s*$")]
    private static partial Regex ChangeBeforeRegex();

    [GeneratedRegex(@"^\s*(?:số|tỷ lệ|tỷ số|lượng)\s")]
    private static partial Regex QuantityAfterRegex();

    // "… so với năm 2024", "so với cùng kỳ": the reference a change is measured against, not part of the name.
    [GeneratedRegex(@"\s+so\s+với\b.*$")]
    private static partial Regex ComparedWithRegex();

    [GeneratedRegex(@"^(?:(?<n>\d+(?:\.\d+)?)\.\s*)?(?:[-+•]\s*)?(?:Chỉ tiêu\s+(?<k>\d+)\s*[:.]\s*)?(?<name>.*)$")]
    private static partial Regex RowNameRegex();

    [GeneratedRegex(@"^(?<g>\d+)\.\s*Mục tiêu\b")]
    private static partial Regex GoalRegex();

    [GeneratedRegex(@"^\$\\frac\{(?<a>[^}]*)\}\{(?<b>[^}]*)\}\$$")]
    private static partial Regex LatexFractionRegex();

    [GeneratedRegex(@"^<u>(?<a>.*?)</u>\s*(?<b>\S.*)$")]
    private static partial Regex UnderlinedFractionRegex();

    [GeneratedRegex(@"\b(?:NĂM|năm)\s+(?<y>\d{4})\b")]
    private static partial Regex YearRegex();

    /// <summary>Indicators written in the sentences of paragraphs <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IReadOnlyList<Indicator> FromSentences(IReadOnlyList<Paragraph> paragraphs, int from, int to, IReadOnlyList<ExtractedTask> tasks, string file)
    {
        var result = new List<Indicator>();
        for (var i = from; i < to && i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsTableRow || p.IsFootnote || HeaderExtractor.IsBasis(p))
            {
                continue;
            }

            var text = p.Text;
            foreach (Match v in ValueRegex().Matches(text))
            {
                var (clauseStart, clauseEnd) = Clause(text, v.Index);
                var open = text.LastIndexOf('(', v.Index, v.Index - clauseStart);
                var inParenthesis = open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > v.Index);
                var before = text[(inParenthesis ? open + 1 : clauseStart)..v.Index];
                var nameAt = NameStartRegex().Matches(before).LastOrDefault();
                string? name = null;
                var nameAfter = false;
                var nameOutside = false;
                if (nameAt is not null)
                {
                    name = before[nameAt.Index..];
                }
                else if (inParenthesis)
                {
                    var outside = text[clauseStart..open];
                    nameAt = NameStartRegex().Matches(outside).LastOrDefault();
                    name = nameAt is null ? null : outside[nameAt.Index..];
                    nameOutside = true;
                }
                else if (MarkerOnlyRegex().IsMatch(before) || LeadInRegex().IsMatch(before)
                    || (ChangeBeforeRegex().IsMatch(before) && QuantityAfterRegex().IsMatch(text[(v.Index + v.Length)..])))
                {
                    var end = inParenthesis ? text.IndexOf(')', v.Index) : clauseEnd;
                    name = text[(v.Index + v.Length)..(end < 0 ? clauseEnd : end)];
                    name = ComparedWithRegex().Replace(name, string.Empty);
                    nameAfter = true;
                }

                var rawName = name ?? string.Empty;
                name = name is null ? null : TrimName(name);
                if (string.IsNullOrWhiteSpace(name) || name.Length < 8)
                {
                    continue;
                }

                var value = v.Groups["v"].Value.Trim();
                // "từ 20-25%" gives the range; "từ 20% trở lên" keeps its words, as "trên 35%" does.
                var target = value.StartsWith("từ ", StringComparison.OrdinalIgnoreCase) && !value.Contains(" trở ", StringComparison.Ordinal) ? value[3..].Trim() : value;
                var afterValue = text[(v.Index + v.Length)..];
                var year = Regex.IsMatch(afterValue, @"^[^().;%]{0,40}?so\s+với\s+(?:năm\s+)?\d{4}") ? Match.Empty : YearAfterRegex().Match(afterValue);
                // The words that bind the target: between the name and the figure ("… phấn đấu đạt"), the figure's own
                // qualifier ("không vượt quá 112", "từ 85% trở lên"), or the lead-in of a figure written first ("Phấn đấu 90% …").
                // "tỷ lệ … (giảm còn 50,45/100.000)": the binding words are in the brackets with the figure.
                var qualifier = (nameAfter || nameOutside ? before : rawName.StartsWith(name, StringComparison.Ordinal) ? rawName[name.Length..] : string.Empty) + " " + value;
                var direction = Words.DirectionOf(qualifier) is var bound && bound != IndicatorDirection.Unspecified ? bound
                    : Words.NameDecreases(name) ? IndicatorDirection.Decrease
                    : nameAfter ? IndicatorDirection.Increase
                    : IndicatorDirection.Unspecified;
                var task = tasks.FirstOrDefault(t => t.Paragraphs.Contains(p))?.Task;
                result.Add(new Indicator
                {
                    Id = UniqueId(Slug(name), result),
                    Name = name,
                    Unit = UnitOf(value),
                    Target = target,
                    Direction = direction,
                    Year = year.Success ? int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture) : null,
                    Responsible = task is { AssignedTo.Count: > 0 } ? task.EffectiveLeadUnit : null,
                    Location = new SourceLocation(file, p.LineAt(v.Index), 1),
                });
            }
        }

        return result;
    }

    /// <summary>Indicators given as table rows anywhere in the document.</summary>
    public static IReadOnlyList<Indicator> FromTables(IReadOnlyList<Paragraph> paragraphs, string file)
    {
        var result = new List<Indicator>();
        var goal = "0";
        int? year = null;
        Layout? layout = null;
        string? previousId = null;
        foreach (var p in paragraphs)
        {
            if (p.IsFootnote)
            {
                continue;
            }

            var first = p.IsTableRow ? p.Cells[0] : p.Text;
            if (GoalRegex().Match(first) is { Success: true } g)
            {
                goal = g.Groups["g"].Value;
                continue;
            }

            if (!p.IsTableRow)
            {
                layout = null;
                if (HeaderExtractor.IsUpperCase(p.Text) && YearRegex().Match(p.Text) is { Success: true } y)
                {
                    year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
                }

                continue;
            }

            if (Layout.FromHeader(p.Cells) is { } header)
            {
                layout = header;
                year = header.Year ?? year;
                continue;
            }

            var cells = p.Cells;
            var l = layout ?? (cells.Count >= 6 ? Layout.Positional : null);
            if (l is null || l.Name >= cells.Count)
            {
                continue;
            }

            string Cell(int k) => k >= 0 && k < cells.Count ? Fraction(cells[k]) : string.Empty;
            var row = RowNameRegex().Match(Cell(l.Name));
            var name = row.Groups["name"].Value.Trim();
            var target = Cell(l.Target);
            var baseline = Cell(l.Baseline);
            if (name.Length < 5 || (target.Length == 0 && baseline.Length == 0) || Regex.IsMatch(name, @"^\d+$"))
            {
                continue;
            }

            string id;
            if (row.Groups["k"].Success)
            {
                var g2 = row.Groups["n"].Success ? row.Groups["n"].Value.Split('.')[0] : goal;
                id = $"ct-{g2}.{row.Groups["k"].Value}";
            }
            else if (row.Groups["n"].Success)
            {
                id = $"ct-{row.Groups["n"].Value}";
            }
            else
            {
                id = previousId is null ? $"ct-{goal}.{result.Count + 1}" : previousId + "b";
            }

            id = UniqueId(id, result);
            previousId = id;
            result.Add(new Indicator
            {
                Id = id,
                Name = name,
                Unit = Cell(l.Unit) is { Length: > 0 } u ? u : null,
                Baseline = baseline.Length > 0 ? baseline : null,
                Target = target.Length > 0 ? target : null,
                Direction = Direction(name, baseline, target, Cell(l.Note)),
                Year = year,
                Responsible = Cell(l.Responsible) is { Length: > 0 } r ? r : null,
                Location = new SourceLocation(file, p.Line, 1),
            });
        }

        return result;
    }

    private static IndicatorWords Words => IndicatorWords.BuiltIn;

    // "… của Bệnh viện phấn đấu đạt", "… không vượt quá": the words that bind the target are not part of the name.
    private static string TrimName(string name)
    {
        var trimmed = NameTailRegex().Replace(name, string.Empty).Trim().TrimEnd('.', ',').Trim();
        while (Words.DirectionWords.Matches(trimmed).LastOrDefault() is { } last && last.Index > 0 && last.Index + last.Length == trimmed.Length)
        {
            trimmed = NameTailRegex().Replace(trimmed[..last.Index], string.Empty).Trim().TrimEnd('.', ',').Trim();
        }

        return LeadInTailRegex().Replace(trimmed, string.Empty).Trim();
    }

    private static IndicatorDirection Direction(string name, string baseline, string target, string note)
    {
        // A direction column ("Xu hướng": tăng / giảm / duy trì), then the target's own qualifier ("không quá 110").
        if (Words.DirectionOf(note) is var noted && noted != IndicatorDirection.Unspecified)
        {
            return noted;
        }

        if (Words.DirectionOf(target) is var bound && bound != IndicatorDirection.Unspecified)
        {
            return bound;
        }

        var n = note.ToLowerInvariant();
        if (n.Contains("tăng", StringComparison.Ordinal))
        {
            return IndicatorDirection.Increase;
        }

        if (n.StartsWith("duy trì", StringComparison.Ordinal) || baseline.StartsWith("Duy trì", StringComparison.Ordinal) || target.StartsWith("Duy trì", StringComparison.Ordinal))
        {
            return IndicatorDirection.Maintain;
        }

        if (n.Contains("giảm", StringComparison.Ordinal))
        {
            return IndicatorDirection.Decrease;
        }

        var f = VietnameseText.Fold(name);
        return f.StartsWith("giam", StringComparison.Ordinal) || f.StartsWith("rut ngan", StringComparison.Ordinal) || f.StartsWith("han che", StringComparison.Ordinal)
            ? IndicatorDirection.Decrease
            : IndicatorDirection.Increase;
    }

    private static string Fraction(string cell)
    {
        if (LatexFractionRegex().Match(cell) is { Success: true } latex)
        {
            return $"{latex.Groups["a"].Value.Trim()}/{latex.Groups["b"].Value.Trim()}";
        }

        return UnderlinedFractionRegex().Match(cell) is { Success: true } u ? $"{u.Groups["a"].Value.Trim()}/{u.Groups["b"].Value.Trim()}" : cell;
    }

    private static (int Start, int End) Clause(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not (';' or ':' or '“' or '"') && !(text[start - 1] == ' ' && start >= 2 && text[start - 2] == '.'))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && text[end] is not (';' or '”' or '"') && !(text[end] == '.' && (end + 1 == text.Length || text[end + 1] == ' ')))
        {
            end++;
        }

        return (start, end);
    }

    private static string? UnitOf(string value)
    {
        value = Regex.Replace(value, @"\s+trở\s+(?:lên|xuống)$", string.Empty);
        if (value.EndsWith('%'))
        {
            return "%";
        }

        if (value.Contains("bé trai", StringComparison.Ordinal))
        {
            return "bé trai/100 bé gái";
        }

        var slash = value.IndexOf('/');
        return slash >= 0 ? "/" + value[(slash + 1)..].Trim() : null;
    }

    /// <summary>An ASCII id from a Vietnamese name: "Tỷ số giới tính khi sinh" → "ty-so-gioi-tinh-khi-sinh".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in VietnameseText.Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }

    // The id, or the next free "id-2", "id-3" …: looked up in the ids given (kept beside the list), from where this stem's
    // count stopped, so that naming stays linear in the number of indicators.
    private static string UniqueId(string id, List<Indicator> existing)
    {
        if (!Given.TryGetValue(existing, out var given))
        {
            given = new IdSet();
            Given.Add(existing, given);
        }

        foreach (var indicator in existing.Skip(given.Counted))
        {
            given.Ids.Add(indicator.Id);
        }

        given.Counted = existing.Count;
        var stem = id.Length == 0 ? "chi-tieu" : id;
        var n = given.Next.GetValueOrDefault(stem, 1);
        var candidate = n == 1 ? stem : $"{id}-{n}";
        while (given.Ids.Contains(candidate))
        {
            candidate = $"{id}-{++n}";
        }

        given.Next[stem] = n + 1;
        return candidate;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<List<Indicator>, IdSet> Given = new();

    private sealed class IdSet
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Next { get; } = new(StringComparer.Ordinal);

        public int Counted { get; set; }
    }

    /// <summary>Which column holds what in a table of targets.</summary>
    private sealed record Layout(int Name, int Unit, int Baseline, int Target, int Responsible, int Note, int? Year)
    {
        /// <summary>No header row: name, unit, baseline, target, later target, responsible unit, note.</summary>
        public static Layout Positional { get; } = new(0, 1, 2, 3, 5, 6, null);

        public static Layout? FromHeader(IReadOnlyList<string> cells)
        {
            var f = cells.Select(VietnameseText.Fold).ToList();
            var name = f.FindIndex(c => c.Contains("chi tieu", StringComparison.Ordinal) && !Regex.IsMatch(c, @"\d{4}"));
            var unit = f.FindIndex(c => c.Contains("don vi tinh", StringComparison.Ordinal) || c == "dvt");
            if (name < 0 || unit < 0)
            {
                return null;
            }

            var target = f.FindIndex(c => c.Contains("ke hoach", StringComparison.Ordinal) || c.Contains("muc tieu", StringComparison.Ordinal) || c.StartsWith("chi tieu nam", StringComparison.Ordinal));
            var baseline = f.FindIndex(c => c.Contains("thuc hien", StringComparison.Ordinal) || c.Contains("co so", StringComparison.Ordinal) || c.Contains("hien trang", StringComparison.Ordinal));
            var responsible = f.FindIndex(c => c.Contains("chu tri", StringComparison.Ordinal) || c.Contains("phu trach", StringComparison.Ordinal) || c.StartsWith("co quan", StringComparison.Ordinal) || c.StartsWith("don vi thuc hien", StringComparison.Ordinal));
            var note = f.FindIndex(c => c.Contains("ghi chu", StringComparison.Ordinal));
            note = note >= 0 ? note : cells.ToList().FindIndex(IndicatorWords.BuiltIn.IsDirectionColumn);
            var year = target >= 0 ? Regex.Match(f[target], @"\d{4}") : Match.Empty;
            return new Layout(name, unit, baseline, target, responsible, note, year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null);
        }
    }
}
