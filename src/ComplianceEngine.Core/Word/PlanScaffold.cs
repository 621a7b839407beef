using System.Globalization;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Word;

/// <summary>
/// A draft plan for one unit under a parent plan, as the lines of a document the importer reads back: the header with
/// its blanks, "Căn cứ" lines citing the national documents in force that the parent cites (as the catalogue writes them)
/// and the parent itself (its number and date), one task per parent task that applies to the unit — decided by
/// <see cref="Applicability"/>, the same decision the coverage rule takes — with why, the parent's time as the latest
/// allowed, the parent's indicators as the floor (or ceiling), the parent's reports that the unit owes, and
/// <see cref="Blank"/> where the unit must decide (its number, date, lead units).
/// </summary>
public static partial class PlanScaffold
{
    /// <summary>
    /// How a blank the unit must fill is written: "……" (two ellipses). The importer reads it as nothing — a number "……/KH-…"
    /// is a draft's blank number (CE-P002), a date "ngày …… tháng …… năm 2026" a draft's partial date (CE-P005), a task whose
    /// lead is "……" has no lead unit yet (CE-T001, a warning).
    /// </summary>
    public const string Blank = "……";

    /// <summary>The scaffold of <paramref name="unit"/>'s plan for <paramref name="year"/> under <paramref name="parent"/>.</summary>
    public static IReadOnlyList<string> Lines(Plan parent, string unit, int year, UnitDirectory units, LegalCatalog? catalog)
    {
        var draft = new Plan
        {
            Id = "scaffold",
            Location = SourceLocation.FileOnly("scaffold"),
            Title = $"Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {year}",
            Issuer = new Located<string>(unit, SourceLocation.FileOnly("scaffold")),
            Level = PlanLevel.Unit,
            Status = PlanStatus.Draft,
        };
        var identity = units.Identify(draft);
        var parentName = $"{parent.DocumentType ?? "Kế hoạch"} số {parent.Number?.Value ?? Blank} ngày {Date(parent.IssueDate?.Value)} của {parent.Issuer.Value}";

        var lines = new List<string>
        {
            $"{parent.Issuer.Value.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            $"{unit.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}\tĐộc lập - Tự do - Hạnh phúc",
            $"Số: {Blank}/KH-{Blank}\t{Blank}, ngày {Blank} tháng {Blank} năm {year}",
            string.Empty,
            "KẾ HOẠCH",
            $"Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {year}",
            string.Empty,
        };

        foreach (var document in NationalBases(parent, year, catalog))
        {
            lines.Add($"Căn cứ {document.CitationName} số {document.Symbol} ngày {LegalDate.Format(document.IssueDate)} của {document.Issuer}"
                + (document.CitationSubject.Length > 0 ? " " + document.CitationSubject : string.Empty) + ";");
        }

        lines.Add($"Căn cứ {parentName} về {Lower(parent.Title)};");
        lines.Add($"{unit} xây dựng Kế hoạch thực hiện như sau:");
        lines.Add(string.Empty);
        lines.Add("I. MỤC ĐÍCH, YÊU CẦU");
        lines.Add($"- Triển khai đầy đủ các nhiệm vụ {parentName} giao cho đơn vị; {Blank}");
        lines.Add(string.Empty);
        lines.Add("II. NHIỆM VỤ");
        var n = 0;
        foreach (var task in parent.Tasks)
        {
            var applies = Applicability.Decide(task, identity, units, parent);
            if (!applies.Applies)
            {
                continue;
            }

            lines.Add($"{++n}. {task.Title.TrimEnd('.', ';')}");
            // The parent's own bullets, but for those citing a numbered document: the unit cites in its bases, not in its tasks.
            lines.AddRange(task.Details.Where(d => !CitesNumbered().IsMatch(d)).Select(d => $"- {d.TrimEnd('.', ';')}."));
            lines.Add($"- Căn cứ: nhiệm vụ {task.Id} của {parentName} ({applies.Describe(Localization.Language.Vi)}).");
            lines.Add($"- Đơn vị thực hiện: {Blank} chủ trì; {Blank} phối hợp.");
            lines.Add(task.Timeline is { } time ? $"- Thời gian: {time.Value}." : $"- Thời gian: năm {year}.");
        }

        var indicators = parent.Indicators.Where(i => i.Target is not null).ToList();
        if (indicators.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("III. CHỈ TIÊU");
            foreach (var indicator in indicators)
            {
                // The parent's target as written ("từ 35% trở lên", "114 bé trai/100 bé gái"), a bare figure with its bound.
                var target = indicator.Target!.Trim();
                var bound = !char.IsAsciiDigit(target[0]) ? string.Empty
                    : indicator.Direction == IndicatorDirection.Decrease ? "không vượt quá " : "đạt ít nhất ";
                var measure = indicator.Unit is { } u && !target.Contains(u, StringComparison.Ordinal) && char.IsAsciiDigit(target[^1]) ? (u == "%" ? u : " " + u) : string.Empty;
                lines.Add($"- {indicator.Name}: {bound}{target}{measure}.");
            }
        }

        var reports = parent.Reports.Where(r => r.From.Count == 0
            || Applicability.Decide(new PlanTask { Id = r.Id, Title = r.Title, AssignedTo = r.From, Location = r.Location }, identity, units, parent).Applies).ToList();
        lines.Add(string.Empty);
        lines.Add(indicators.Count > 0 ? "IV. TỔ CHỨC THỰC HIỆN" : "III. TỔ CHỨC THỰC HIỆN");
        lines.Add($"1. {Blank} là đầu mối theo dõi, tổng hợp việc thực hiện Kế hoạch; thời gian: thường xuyên trong năm {year}.");
        var k = 1;
        foreach (var report in reports)
        {
            lines.Add($"{++k}. {Blank} gửi {Lower(report.Title)} về {report.Recipient ?? parent.Issuer.Value} {report.Due.Value}.");
        }

        lines.Add(string.Empty);
        lines.Add($"Nơi nhận:\t{Blank}");
        lines.Add($"- {parent.Issuer.Value} (b/c);\t{Blank}");
        lines.Add($"- Lưu: VT.\t{Blank}");
        return lines;
    }

    // The national documents the parent cites that are in force in the year, as the catalogue writes them, oldest first.
    private static IEnumerable<LegalDocument> NationalBases(Plan parent, int year, LegalCatalog? catalog)
    {
        if (catalog is null)
        {
            return [];
        }

        var day = new DateOnly(year, 1, 1);
        return parent.AllCitations.Select(c => catalog.Resolve(c, parent)?.Document).OfType<LegalDocument>()
            .Where(d => d.Scope == "national" && d.PlanId is null && d.IssueDate.IsComplete && catalog.Validity(d, day).InForce)
            .DistinctBy(d => d.Symbol).OrderBy(d => d.IssueDate.ToString(), StringComparer.Ordinal);
    }

    private static string Date(PartialDate? date) => date is { IsComplete: true } d ? LegalDate.Format(d) : Blank;

    private static string Lower(string title) => title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsố\s*\d+\s*[/-]")]
    private static partial System.Text.RegularExpressions.Regex CitesNumbered();
}
