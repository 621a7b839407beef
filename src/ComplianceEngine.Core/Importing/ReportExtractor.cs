using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads the reporting deadlines: what is to be sent ("báo cáo sơ kết 6 tháng", "kế hoạch hoạt động … năm 2017"), by when
/// ("trước ngày 30/5/2026", "Hoàn thành trước ngày 31/3/2017"), to whom ("gửi Sở Y tế", "về Sở Lao động - …") and from whom.
/// </summary>
internal static partial class ReportExtractor
{
    [GeneratedRegex(@"(?:[Hh]oàn thành\s+)?(?:trước|chậm nhất|không muộn hơn)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?")]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Bb]áo cáo|[Kk]ế hoạch)(?!\s+(?:này|số))")]
    private static partial Regex DeliverableRegex();

    [GeneratedRegex(@"^\s*,?\s*đối với\s+")]
    private static partial Regex ForRegex();

    // "trước ngày 15/6/2026 (báo cáo 6 tháng)": a label in brackets right after a deadline names what is due then.
    [GeneratedRegex(@"^\s*\((?<t>(?:[Bb]áo cáo|[Kk]ế hoạch)[^()]*)\)")]
    private static partial Regex LabelAfterRegex();

    [GeneratedRegex(@"(?<![\p{L}])gửi\s+(?:về\s+)?(?<r>\p{Lu}[^,;:()]*?)(?=\s+(?:trước|để|tổng hợp|theo|đúng|trong|qua|chậm)\b|[,;:().]|$)")]
    private static partial Regex SendToRegex();

    [GeneratedRegex(@"(?<![\p{L}])về\s+(?<r>(?:Sở|Ban|UBND|Ủy ban|Phòng|Bộ|Trung tâm|Văn phòng|Cơ quan|Bệnh viện|Thường trực|Thường vụ|Trung ương|Cục|Chi cục|Hội(?!\s+(?:nghị|thảo|thi|diễn))|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy)[^,;:()]*?)(?=\s*\(|\s+(?:trước|để|qua|theo)\b|\s*[,;]|\s*$)")]
    private static partial Regex AboutToRegex();

    [GeneratedRegex(@"(?<![\p{L}])đề nghị\s+(?<u>.+?)\s+(?:nghiêm túc|triển khai|tổ chức|thực hiện)\b")]
    private static partial Regex RequestedUnitsRegex();

    [GeneratedRegex(@"^(?:[-+•]\s*)?(?<u>(?:Các|các|UBND|Ủy ban|Sở|Phòng|Ban|Trạm|Trung tâm|Khoa)\s[^;:.]*?)\s+(?:gửi|nộp)\s+(?:báo cáo|kế hoạch)")]
    private static partial Regex SenderRegex();

    [GeneratedRegex(@"\s+(?:gửi|về|trước|đối với|theo|để|phù hợp|đúng|tổng hợp|và gửi)\b.*$|\s*[,;(].*$")]
    private static partial Regex TitleTailRegex();

    /// <summary>The reports of the paragraphs <paramref name="from"/> to <paramref name="to"/>; <paramref name="tasks"/> gives the duty a deadline belongs to.</summary>
    public static IReadOnlyList<PlanReport> Extract(IReadOnlyList<Paragraph> paragraphs, int from, int to, IReadOnlyList<ExtractedTask> tasks, string? issuer, string file)
    {
        var reports = new List<PlanReport>();
        for (var i = from; i < to && i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote)
            {
                continue;
            }

            // A table row is read cell by cell: a deadline in one cell belongs to what its own cell says.
            foreach (var text in p.IsTableRow ? p.Cells : [p.Text])
            {
                Read(paragraphs, i, text, tasks, issuer, file, reports);
            }
        }

        return reports;
    }

    private static void Read(IReadOnlyList<Paragraph> paragraphs, int i, string text, IReadOnlyList<ExtractedTask> tasks, string? issuer, string file, List<PlanReport> reports)
    {
        var p = paragraphs[i];
        var first = reports.Count;
        var previousEnd = 0;
        foreach (Match d in DeadlineRegex().Matches(text))
        {
            var clauseStart = ClauseStart(text, d.Index);
            var regionStart = Math.Max(clauseStart, previousEnd);
            previousEnd = d.Index + d.Length;
            string? title = null;
            var label = LabelAfterRegex().Match(text[(d.Index + d.Length)..]);
            var forMatch = ForRegex().Match(text[(d.Index + d.Length)..]);
            if (label.Success)
            {
                title = label.Groups["t"].Value.Trim();
                previousEnd += label.Length;
            }
            else if (forMatch.Success)
            {
                var start = d.Index + d.Length + forMatch.Length;
                title = TitleTailRegex().Replace(text[start..], string.Empty).Trim();
            }
            else
            {
                var region = text[regionStart..d.Index];
                var deliverable = DeliverableRegex().Match(region);
                if (deliverable.Success)
                {
                    title = TitleTailRegex().Replace(region[deliverable.Index..], string.Empty).Trim();
                }
            }

            if (string.IsNullOrWhiteSpace(title) || title.Length < 6)
            {
                continue;
            }

            var due = d.Value.Trim();
            var kind = KindOf(title, due);
            var duty = tasks.FirstOrDefault(t => t.Paragraphs.Contains(p));
            var line = p.IsTableRow ? p.Line : p.LineAt(d.Index);
            // "… gửi Phòng X trước ngày 10/6/2024; báo cáo tổng kết năm trước ngày 15/11/2024": the second goes where the first does.
            var recipient = Recipient(paragraphs, i, text, regionStart, d) ?? (first < reports.Count ? reports[^1].Recipient : null);
            reports.Add(new PlanReport
            {
                Id = NextId(kind, reports),
                Title = title,
                Kind = kind,
                Due = new Located<string>(due, new SourceLocation(file, line, 1)),
                Recipient = recipient,
                From = Sender(text, d.Index) ?? From(paragraphs, i, kind, duty, recipient, issuer),
                Location = new SourceLocation(file, line, 1),
            });
        }
    }

    private static int ClauseStart(string text, int at)
    {
        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] == ';' || text[i] == ':' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                start = i + 1;
                break;
            }
        }

        return start;
    }

    private static ReportKind KindOf(string title, string due)
    {
        var f = VietnameseText.Fold(title);
        if (f.Contains("6 thang", StringComparison.Ordinal) || f.Contains("sau thang", StringComparison.Ordinal) || f.Contains("so ket", StringComparison.Ordinal))
        {
            return ReportKind.SixMonth;
        }

        if (f.Contains("quy ", StringComparison.Ordinal) || f.EndsWith("quy", StringComparison.Ordinal))
        {
            return ReportKind.Quarterly;
        }

        if (f.StartsWith("ke hoach", StringComparison.Ordinal))
        {
            return ReportKind.Plan;
        }

        if (Regex.IsMatch(f, @"\btong ket\b|(?<!viet )\bnam\b"))
        {
            return ReportKind.Annual;
        }

        var month = Regex.Match(due, @"\d{1,2}\s*/\s*(\d{1,2})");
        return month.Success && int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture) >= 10 ? ReportKind.Annual : ReportKind.Other;
    }

    private static string NextId(ReportKind kind, List<PlanReport> existing)
    {
        var stem = kind switch
        {
            ReportKind.Plan => "ke-hoach",
            ReportKind.SixMonth => "bc-6-thang",
            ReportKind.Annual => "bc-nam",
            ReportKind.Quarterly => "bc-quy",
            _ => "bc",
        };
        var id = stem;
        for (var n = 2; existing.Any(r => r.Id == id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string? Recipient(IReadOnlyList<Paragraph> paragraphs, int index, string text, int regionStart, Match deadline)
    {
        var region = text[regionStart..deadline.Index];
        var send = SendToRegex().Matches(region).LastOrDefault();
        if (send is not null)
        {
            return Clean(send.Groups["r"].Value);
        }

        var about = AboutToRegex().Matches(region).LastOrDefault();
        if (about is not null)
        {
            return Clean(about.Groups["r"].Value);
        }

        var sentenceEnd = text.IndexOf(". ", deadline.Index, StringComparison.Ordinal);
        var after = text[(deadline.Index + deadline.Length)..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        send = SendToRegex().Match(after);
        if (send.Success)
        {
            return Clean(send.Groups["r"].Value);
        }

        // "…, báo cáo gửi Sở Lao động Thương binh và Xã hội tổng hợp đúng quy định, cụ thể:" introducing a list.
        for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            var intro = paragraphs[k].Text.TrimEnd();
            if (intro.EndsWith(':') && SendToRegex().Match(intro) is { Success: true } m)
            {
                return Clean(m.Groups["r"].Value);
            }
        }

        return null;
    }

    // Who sends it: the units a duty is given to, when the duty asks them for their plan, when they report back to the issuer
    // ("báo cáo kết quả về Ủy ban nhân dân xã"), or when they are units below ("UBND các xã, thị trấn"); one department
    // preparing the issuer's own report upward ("Phòng Tổ chức Hành chính") is not a sender.
    private static IReadOnlyList<string> From(IReadOnlyList<Paragraph> paragraphs, int index, ReportKind kind, ExtractedTask? duty, string? recipient, string? issuer)
    {
        var toIssuer = recipient is not null && issuer is not null && VietnameseText.Fold(issuer).StartsWith(VietnameseText.Fold(recipient), StringComparison.Ordinal);
        var lowerUnits = duty is not null && duty.Task.AssignedTo.Count > 0 && !duty.Task.AssignedTo.Any(UnitListParser.IsSingle);
        if ((kind == ReportKind.Plan || toIssuer || lowerUnits) && duty is not null && duty.Task.AssignedTo.Count > 0)
        {
            return duty.Task.AssignedTo;
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

    // "Các phòng, đơn vị thuộc Sở gửi báo cáo … trước ngày …": the subject of the sentence sends it.
    private static IReadOnlyList<string>? Sender(string text, int at)
    {
        var start = text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal);
        var sentence = text[(start < 0 ? 0 : start + 2)..at];
        var m = SenderRegex().Match(sentence);
        return m.Success ? UnitListParser.Split(m.Groups["u"].Value) : null;
    }

    private static string Clean(string unit) => unit.Trim().TrimEnd('.', ',', ';').Trim();
}
