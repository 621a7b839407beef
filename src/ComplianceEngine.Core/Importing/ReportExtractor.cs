using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads the reporting duties: what is to be sent ("báo cáo sơ kết 6 tháng", "kế hoạch hoạt động … năm 2017", "số liệu …"),
/// of which kind (<see cref="ReportKind"/>, from the words of <see cref="ReportVocabulary"/>), by when ("trước ngày 30/5/2026",
/// "trước 05/11", "trước ngày 05 tháng 11 năm 2026"; "trước ngày 15 hằng tháng" is <see cref="PlanReport.Recurring"/>),
/// to whom ("gửi Sở Y tế", "về UBND huyện (qua Phòng …)", "báo cáo UBND tỉnh") and from whom.
/// One sentence may hold several ("báo cáo 6 tháng trước …; báo cáo năm trước …"): each deadline is one report.
/// </summary>
internal static partial class ReportExtractor
{
    // "trong 6 tháng cuối năm 2022", "trong quý IV/2025": a period is due by its last day.
    // The due date stays as written; its year may be left to the plan's year (TimeExpressionParser resolves it).
    [GeneratedRegex(@"(?:[Hh]oàn thành\s+)?(?:[Tt]rước|[Cc]hậm nhất|[Kk]hông muộn hơn|[Hh]ạn chót)\s+(?:ngày\s+)?(?:\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?!\s*/?\d)|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\d{1,2}\s+(?:hằng|hàng)\s+(?:tháng|quý|tuần))|(?<![\p{L}])trong\s+(?:(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|quý\s+(?:IV|III|II|I)(?:\s*/\s*\d{4})?)(?![\p{L}\d])")]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"^\s*,?\s*đối với\s+")]
    private static partial Regex ForRegex();

    // "trước ngày 15/6/2026 (báo cáo 6 tháng)", "trước ngày 10/11/2024 (năm)": a label in brackets right after a deadline names what is due then.
    [GeneratedRegex(@"^\s*\((?<t>[^()]{1,60})\)")]
    private static partial Regex LabelAfterRegex();

    [GeneratedRegex(@"\d{1,2}\s*/\s*\d{1,2}|tháng\s+\d")]
    private static partial Regex DateInLabelRegex();

    [GeneratedRegex(@"\s(?:để|nhằm|tổng hợp)(?![\p{L}])")]
    private static partial Regex PurposeRegex();

    // "(qua Văn phòng Sở)": the office a report passes through stays with its recipient.
    private const string Via = @"(?:\s*\(qua\s[^()]*\))?";

    private const string Bodies = @"(?:Sở|Ban|UBND|Ủy ban|Phòng|Bộ|Trung tâm|Văn phòng|Cơ quan|Bệnh viện|Thường trực|Thường vụ|Trung ương|Cục|Chi cục|Chủ tịch|Hội(?!\s+(?:nghị|thảo|thi|diễn))|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Khoa|Trạm)";

    [GeneratedRegex(@"(?<![\p{L}])gửi\s+(?:về\s+)?(?<r>\p{Lu}[^,;:()]*?" + Via + @")(?=\s+(?:trước|để|tổng hợp|theo|đúng|trong|qua|chậm|và qua)\b|\s*[,;:().]|$)")]
    private static partial Regex SendToRegex();

    [GeneratedRegex(@"(?<![\p{L}])về\s+(?<r>" + Bodies + @"\b[^,;:()]*?" + Via + @")(?=\s*\(|\s+(?:trước|để|qua|theo)\b|\s*[,;:.]|\s*$)")]
    private static partial Regex AboutToRegex();

    // "tổng hợp, báo cáo UBND tỉnh (qua Sở …): …", "báo cáo Sở Y tế trước ngày …": the body right after the verb receives it.
    [GeneratedRegex(@"(?<![\p{L}])báo cáo\s+(?<r>" + Bodies + @"\b[^,;:()]*?" + Via + @")(?=\s+(?:trước|kết quả|về|để|theo|định kỳ)\b|\s*[,;:.]|\s*$)")]
    private static partial Regex ReportToRegex();

    // "Báo cáo gửi về Sở … (qua Phòng …)": a line after a list of reports says where they all go.
    [GeneratedRegex(@"^\s*(?:[-+•]\s*)?[Bb]áo cáo\s+(?:gửi|nộp)\s")]
    private static partial Regex TrailingRecipientRegex();

    [GeneratedRegex(@"(?<![\p{L}])đề nghị\s+(?<u>.+?)\s+(?:nghiêm túc|triển khai|tổ chức|thực hiện)\b")]
    private static partial Regex RequestedUnitsRegex();

    // "b) Các sở, ngành gửi báo cáo …", "Chế độ báo cáo: UBND các xã gửi báo cáo về …": the subject of a clause sends it.
    [GeneratedRegex(@"(?:^|[:;]\s*)(?:[-+•]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*\.\s*)?(?<u>(?:Các|các|UBND|Ủy ban|Sở|Phòng|Ban|Trạm|Trung tâm|Khoa)\s[^;:.]*?)\s+(?:(?<send>gửi|nộp)\s+(?:báo cáo|kế hoạch)|xây dựng|ban hành|tổ chức|báo cáo|thống kê|cập nhật|tổng hợp|theo dõi|tham mưu)\b")]
    private static partial Regex SenderRegex();

    [GeneratedRegex(@"\s+(?:gửi|về|trước|đối với|theo|để|phù hợp|đúng|tổng hợp|và gửi)\b.*$|\s*[,;:(].*$")]
    private static partial Regex TitleTailRegex();

    // Only connectors between two deadlines of one deliverable: "trước ngày 30/5/2024 và trước ngày 05/11/2024".
    [GeneratedRegex(@"^[\s,;]*(?:và|hoặc)?[\s,]*$")]
    private static partial Regex ConnectorRegex();

    /// <summary>
    /// The reports of the paragraphs <paramref name="from"/> to <paramref name="to"/>; <paramref name="tasks"/> gives the duty a
    /// deadline belongs to; <paramref name="subject"/> (the plan's title) names the campaign a thematic plan reports on.
    /// </summary>
    public static IReadOnlyList<PlanReport> Extract(IReadOnlyList<Paragraph> paragraphs, int from, int to, IReadOnlyList<ExtractedTask> tasks, string? issuer, string file, string? subject = null)
    {
        var words = ReportVocabulary.BuiltIn;
        var reader = new Reader(paragraphs, tasks, issuer, file, subject is not null && words.Names(subject, ReportKind.Event), words);
        for (var i = from; i < to && i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote)
            {
                continue;
            }

            // A table row is read cell by cell: a deadline in one cell belongs to what its own cell says, or else to what
            // the row's content cell says ("… gửi về Sở Y tế" | … | "Trước ngày 20/4/2026").
            if (p.IsTableRow)
            {
                // The row's content cell is found once per row (it was searched for again for every cell: quadratic in
                // the cells of a row, 3 s for a line of 11,000 tabs).
                var cells = p.Cells;
                var context = cells.FirstOrDefault(c => words.Deliverables(c).Any());
                foreach (var cell in cells)
                {
                    reader.Read(i, cell, context);
                }
            }
            else
            {
                reader.Read(i, p.Text, null);
            }
        }

        return reader.Reports;
    }

    private static int ClauseStart(string text, int at, int floor = 0)
    {
        for (var i = at - 1; i >= floor; i--)
        {
            if (text[i] == ';' || text[i] == ':' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return i + 1;
            }
        }

        return floor;
    }

    private static int ClauseEnd(string text, int at)
    {
        var end = text.IndexOfAny([';', ':'], at);
        return Math.Min(end < 0 ? text.Length : end, SentenceEnd(text, at));
    }

    private static int SentenceStart(string text, int at)
    {
        var start = text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal);
        return start < 0 ? 0 : start + 2;
    }

    private static int SentenceEnd(string text, int at)
    {
        var end = text.IndexOf(". ", at, StringComparison.Ordinal);
        return end < 0 ? text.Length : end;
    }

    private static string Clean(string unit) => unit.Trim().TrimEnd('.', ',', ';').Trim();

    private static string? FirstRecipient(string text, bool last)
    {
        foreach (var regex in new[] { SendToRegex(), AboutToRegex(), ReportToRegex() })
        {
            var matches = regex.Matches(text);
            if (matches.Count > 0)
            {
                return Clean((last ? matches[^1] : matches[0]).Groups["r"].Value);
            }
        }

        return null;
    }

    /// <summary>The reading of one document: the reports found so far and what they need to find the next.</summary>
    private sealed class Reader(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ExtractedTask> tasks, string? issuer, string file, bool eventSubject, ReportVocabulary words)
    {
        private readonly List<(PlanReport Report, ExtractedTask? Duty)> found = [];

        // The ids given and the next number of each id stem; the (kind, due) already read at a line and for a duty.
        // Looked up, not searched for, so that reading stays linear in the number of reports.
        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> nextNumber = new(StringComparer.Ordinal);
        private readonly HashSet<(ReportKind, string, int)> seenAtLine = [];
        private readonly HashSet<(ReportKind, string, ExtractedTask)> seenForDuty = new();

        public IReadOnlyList<PlanReport> Reports => found.Select(f => f.Report).ToList();

        public void Read(int index, string text, string? context)
        {
            var p = paragraphs[index];
            var previousEnd = 0;
            string? previousTitle = null;
            string? previousRecipient = null;
            foreach (Match d in DeadlineRegex().Matches(text))
            {
                var prev = previousEnd;
                var clauseStart = ClauseStart(text, d.Index);
                var regionStart = Math.Max(clauseStart, prev);
                var region = text[regionStart..d.Index];
                var after = text[(d.Index + d.Length)..];
                previousEnd = d.Index + d.Length;

                // "Báo cáo năm: trước ngày 05/11/2022": a short label before a colon names what is due.
                if (region.Trim().Length == 0 && clauseStart > prev && text[clauseStart - 1] == ':')
                {
                    var labelStart = Math.Max(ClauseStart(text, clauseStart - 1), prev);
                    var label = text[labelStart..(clauseStart - 1)];
                    if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 6)
                    {
                        region = label;
                        regionStart = labelStart;
                    }
                }

                var labelAfter = LabelAfterRegex().Match(after);
                // "(số liệu tính từ ngày 15/11 đến ngày 14/11)" is the period the data cover, not a label.
                var labelText = labelAfter.Success && !DateInLabelRegex().IsMatch(labelAfter.Groups["t"].Value)
                    && (words.Deliverables(labelAfter.Groups["t"].Value).Any() || words.KindNamedIn(labelAfter.Groups["t"].Value) is not null)
                    ? labelAfter.Groups["t"].Value.Trim()
                    : null;
                if (labelText is not null)
                {
                    previousEnd += labelAfter.Length;
                }

                var title = Title(text, region, regionStart, d, after, labelText, previousTitle, context);
                if (string.IsNullOrWhiteSpace(title) || title.Length < 6)
                {
                    continue;
                }

                var due = d.Value.Trim();
                var recurring = words.IsRecurring(due);
                var duty = tasks.FirstOrDefault(t => t.Paragraphs.Contains(p));
                var kind = KindOf(title, region, labelText, text[..d.Index], due, recurring);
                var recipient = Recipient(index, text, regionStart, d, context) ?? previousRecipient;
                var lowerUnits = Units(duty) is { Count: > 0 } assigned && !assigned.Any(UnitListParser.IsSingle);
                // "Tham mưu … ban hành kế hoạch … trước ngày 31/10; báo cáo kết quả về Sở … trước …": a plan nobody sends (in
                // its own clause) is a task deadline, not a report, unless the units below are asked for it.
                var clause = text[SentenceStart(text, regionStart)..ClauseEnd(text, d.Index + d.Length)];
                if (kind == ReportKind.Plan && !lowerUnits && !words.Sends(clause + " " + (context ?? string.Empty)))
                {
                    continue;
                }

                // "tổng hợp số liệu … trong quý III/2024" is a task's timeline; a period is a report's due date only when sent.
                if (due.StartsWith("trong", StringComparison.OrdinalIgnoreCase) && !words.Sends(clause))
                {
                    continue;
                }

                var line = p.IsTableRow ? p.Line : p.LineAt(d.Index);
                previousTitle = title;
                previousRecipient = recipient;
                var dueKey = DueKey(due);
                if (seenAtLine.Contains((kind, dueKey, line)) || (duty is not null && seenForDuty.Contains((kind, dueKey, duty))))
                {
                    continue;
                }

                seenAtLine.Add((kind, dueKey, line));
                if (duty is not null)
                {
                    seenForDuty.Add((kind, dueKey, duty));
                }

                found.Add((new PlanReport
                {
                    Id = NextId(kind),
                    Title = title,
                    Kind = kind,
                    Due = new Located<string>(due, new SourceLocation(file, line, 1)),
                    Recurring = recurring,
                    Recipient = recipient,
                    From = Sender(text, d.Index) ?? From(index, kind, duty, recipient),
                    Location = new SourceLocation(file, line, 1),
                }, duty));
            }
        }

        // Two due dates are the same when they read the same folded, "hoàn thành" aside.
        private static string DueKey(string due) => VietnameseText.Fold(due).Replace("hoan thanh ", string.Empty, StringComparison.Ordinal);

        // The end of the deadline before the one at <paramref name="at"/>, so a label never reaches back across it.
        private static int PreviousEnd(string text, int at, int floor)
        {
            var end = 0;
            foreach (Match m in DeadlineRegex().Matches(text[..at]))
            {
                end = m.Index + m.Length;
            }

            return Math.Min(end, floor);
        }

        private string? Title(string text, string region, int regionStart, Match d, string after, string? labelText, string? previousTitle, string? context)
        {
            if (labelText is not null && words.Deliverables(labelText).Any())
            {
                return labelText;
            }

            var forMatch = ForRegex().Match(after);
            if (forMatch.Success)
            {
                return TitleTailRegex().Replace(after[forMatch.Length..], string.Empty).Trim();
            }

            if (words.Deliverables(region).FirstOrDefault() is { } deliverable)
            {
                return Cut(region[deliverable.Index..]);
            }

            // "… trước ngày 30/5/2024 và trước ngày 05/11/2024": one deliverable, two deadlines.
            if (previousTitle is not null && ConnectorRegex().IsMatch(region))
            {
                return labelText is null ? previousTitle : $"{previousTitle} ({labelText})";
            }

            // "xây dựng kế hoạch năm 2024 …; gửi về Sở … trước ngày …": the deliverable is in the clause before the sending one.
            if (words.Sends(region) && regionStart > 0)
            {
                var sentenceStart = Math.Max(SentenceStart(text, regionStart), PreviousEnd(text, d.Index, regionStart));
                var before = text[sentenceStart..regionStart];
                if (words.Deliverables(before).LastOrDefault() is { } earlier)
                {
                    return Cut(before[earlier.Index..]);
                }
            }

            // "6 tháng: trước ngày …" in a table row whose content cell says "Báo cáo 6 tháng, báo cáo năm gửi Sở Y tế".
            if (context is not null && words.Deliverables(context).FirstOrDefault() is { } named)
            {
                var label = region.Trim().TrimEnd(':').Trim();
                return words.KindNamedIn(label) is not null ? $"{named.Value} {label}" : Cut(context[named.Index..]);
            }

            return null;
        }

        private static string Cut(string title) => TitleTailRegex().Replace(title, string.Empty).Trim();

        private ReportKind KindOf(string title, string region, string? labelText, string before, string due, bool recurring)
        {
            if (labelText is not null && words.KindNamedIn(labelText) is { } labelled)
            {
                return labelled;
            }

            if (words.IsPlan(title))
            {
                return ReportKind.Plan;
            }

            if ((words.KindNamedIn(title) ?? words.KindNamedIn(region)) is { } named)
            {
                return named;
            }

            if (recurring)
            {
                return words.RecurringKind;
            }

            // "tổ chức các hoạt động hưởng ứng Tháng hành động; báo cáo kết quả về …": the campaign of its item, or of a
            // plan made for it, is what a report naming no kind reports on.
            if (eventSubject || words.Names(before, ReportKind.Event))
            {
                return ReportKind.Event;
            }

            var month = Regex.Match(due, @"\d{1,2}\s*(?:/|\s+tháng\s+)\s*(\d{1,2})");
            return month.Success && words.KindByMonth(int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture)) is { } seasonal ? seasonal : ReportKind.Other;
        }

        private string NextId(ReportKind kind)
        {
            var stem = kind switch
            {
                ReportKind.Plan => "ke-hoach",
                ReportKind.SixMonth => "bc-6-thang",
                ReportKind.Annual => "bc-nam",
                ReportKind.Quarterly => "bc-quy",
                ReportKind.Event => "bc-su-kien",
                ReportKind.Statistics => "bc-so-lieu",
                ReportKind.AdHoc => "bc-dot-xuat",
                _ => "bc",
            };
            // The next free "stem", "stem-2", … from where this stem's count stopped: linear in the reports, however many.
            var n = nextNumber.GetValueOrDefault(stem, 1);
            var id = n == 1 ? stem : $"{stem}-{n}";
            while (!ids.Add(id))
            {
                id = $"{stem}-{++n}";
            }

            nextNumber[stem] = n + 1;
            return id;
        }

        private string? Recipient(int index, string text, int regionStart, Match deadline, string? context)
        {
            var region = text[regionStart..deadline.Index];
            if (FirstRecipient(region, last: true) is { } inRegion)
            {
                return inRegion;
            }

            var after = text[(deadline.Index + deadline.Length)..SentenceEnd(text, deadline.Index)];
            // "… trước ngày 15/11 để tổng hợp, báo cáo UBND tỉnh": what the recipient does next is not where this one goes.
            var purpose = PurposeRegex().Match(after);
            after = purpose.Success ? after[..purpose.Index] : after;
            if (FirstRecipient(after, last: false) is { } inAfter)
            {
                return inAfter;
            }

            // "… báo cáo UBND tỉnh (qua Sở …): báo cáo 6 tháng trước …": said once for the sentence.
            var sentence = text[SentenceStart(text, regionStart)..regionStart];
            if (FirstRecipient(sentence, last: true) is { } inSentence)
            {
                return inSentence;
            }

            if (context is not null && FirstRecipient(context, last: false) is { } inRow)
            {
                return inRow;
            }

            // "…, báo cáo gửi Sở Lao động Thương binh và Xã hội tổng hợp đúng quy định, cụ thể:" introducing a list.
            for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
            {
                var intro = paragraphs[k].Text.TrimEnd();
                if (intro.EndsWith(':') && FirstRecipient(intro, last: true) is { } m)
                {
                    return m;
                }
            }

            // "Báo cáo gửi về Sở … (qua Phòng …) …" right after the list.
            for (var k = index + 1; k < Math.Min(paragraphs.Count, index + 3); k++)
            {
                if (TrailingRecipientRegex().IsMatch(paragraphs[k].Text) && FirstRecipient(paragraphs[k].Text, last: false) is { } m)
                {
                    return m;
                }
            }

            return null;
        }

        // Who sends it: the units a duty is given to, when the duty asks them for their plan, when they report back to the issuer
        // ("báo cáo kết quả về Ủy ban nhân dân xã"), or when they are units below ("UBND các xã, thị trấn"); one department
        // preparing the issuer's own report upward ("Phòng Tổ chức Hành chính") is not a sender.
        private IReadOnlyList<string> From(int index, ReportKind kind, ExtractedTask? duty, string? recipient)
        {
            var toIssuer = recipient is not null && issuer is not null && VietnameseText.Fold(issuer).StartsWith(VietnameseText.Fold(recipient), StringComparison.Ordinal);
            var units = Units(duty);
            var lowerUnits = units.Count > 0 && !units.Any(UnitListParser.IsSingle);
            if ((kind == ReportKind.Plan || toIssuer || lowerUnits) && units.Count > 0)
            {
                return units;
            }

            for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
            {
                var intro = paragraphs[k].Text.TrimEnd();
                if (intro.EndsWith(':') && RequestedUnitsRegex().Match(intro) is { Success: true } m)
                {
                    return UnitListParser.Split(m.Groups["u"].Value);
                }
            }

            return [];
        }

        // The units a duty is given to, each cut to its name: "Văn phòng Sở là đầu mối theo dõi" → "Văn phòng Sở"; a phrase
        // that names no unit ("tổng hợp, báo cáo UBND tỉnh") is left out.
        private static IReadOnlyList<string> Units(ExtractedTask? duty) =>
            duty is null ? [] : (duty.Task.AssignedTo.Count > 0 ? duty.Task.AssignedTo : duty.Task.LeadUnit is { } lead ? [lead.Value] : []).Select(UnitListParser.Subject).Where(u => u.Length > 0 && UnitListParser.StartsWithHead(u, 0)).Distinct(StringComparer.Ordinal).ToList();

        // "Các phòng, đơn vị thuộc Sở gửi báo cáo … trước ngày …": the subject of the sentence sends it.
        private static IReadOnlyList<string>? Sender(string text, int at)
        {
            var m = SenderRegex().Match(text[SentenceStart(text, at)..at]);
            var units = m.Success
                ? UnitListParser.Split(UnitListParser.Subject(m.Groups["u"].Value)).Where(u => UnitListParser.StartsWithHead(u, 0)).ToList()
                : [];
            // "Phòng Tổ chức tổng hợp, báo cáo …": one office preparing the issuer's own report is not its sender (see From).
            return units.Count > 0 && (m.Groups["send"].Success || !units.All(UnitListParser.IsSingle)) ? units : null;
        }
    }
}
