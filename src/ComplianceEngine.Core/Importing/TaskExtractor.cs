using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>What a Roman-numeral section is for.</summary>
internal enum SectionKind
{
    /// <summary>"MỤC ĐÍCH, YÊU CẦU": no tasks.</summary>
    Purpose,

    /// <summary>"NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP": numbered tasks.</summary>
    Content,

    /// <summary>"TỔ CHỨC THỰC HIỆN": duties per unit ("III.1" …).</summary>
    Organisation,

    /// <summary>"KINH PHÍ" and the like: no tasks.</summary>
    Other,
}

/// <summary>A task with the paragraphs it was read from.</summary>
internal sealed record ExtractedTask(PlanTask Task, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>
/// Reads sections ("I. MỤC ĐÍCH, YÊU CẦU") and, section by section, the tasks: items and duties per body through
/// <see cref="TaskTreeReader"/>, tables of tasks ("STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian") and of
/// duties per unit; then resolves assignment by reference (<see cref="TaskReferences"/>).
/// </summary>
internal static partial class TaskExtractor
{
    [GeneratedRegex(@"\((?<t>(?:[Hh]oàn thành|[Tt]hời gian|[Tt]hời hạn)[^()]*)\)")]
    internal static partial Regex TimelineParenthesisRegex();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}])")]
    private static partial Regex SentenceBreakRegex();

    /// <summary>Sections of the main body (<paramref name="from"/> to <paramref name="to"/>, paragraph indexes).</summary>
    public static IReadOnlyList<(Section Section, int Start, int End, SectionKind Kind)> Sections(IReadOnlyList<Paragraph> paragraphs, int from, int to, string file)
    {
        var heads = Enumerable.Range(from, Math.Max(0, to - from)).Where(i => paragraphs[i].Marker.Kind == MarkerKind.Roman && !paragraphs[i].IsTableRow).ToList();
        var result = new List<(Section, int, int, SectionKind)>();
        for (var k = 0; k < heads.Count; k++)
        {
            var p = paragraphs[heads[k]];
            var title = p.Body.Trim().TrimEnd(':').Trim();
            var section = new Section(p.Marker.Value, title, new SourceLocation(file, p.Line, 1));
            result.Add((section, heads[k], k + 1 < heads.Count ? heads[k + 1] : to, KindOf(title, k == 0)));
        }

        return result;
    }

    /// <summary>Tasks and duties of the main body.</summary>
    /// <summary>Tasks and duties of the main body.</summary>
    public static IReadOnlyList<ExtractedTask> Tasks(IReadOnlyList<Paragraph> paragraphs, int from, int to, string file)
    {
        var sections = Sections(paragraphs, from, to, file);
        var tasks = new List<ExtractedTask>();
        if (sections.Count == 0)
        {
            var first = Enumerable.Range(from, Math.Max(0, to - from)).FirstOrDefault(i => paragraphs[i].Marker.Kind == MarkerKind.Number, to);
            new TaskTreeReader(paragraphs, null, file, tasks).Read(first, to, duties: false);
        }

        foreach (var (section, start, end, kind) in sections)
        {
            if (kind is SectionKind.Content or SectionKind.Organisation)
            {
                new TaskTreeReader(paragraphs, section.Number, file, tasks).Read(start + 1, end, duties: kind == SectionKind.Organisation);
            }
        }

        TaskReferences.Resolve(tasks);
        return tasks;
    }

    private static SectionKind KindOf(string title, bool first)
    {
        var f = VietnameseText.Fold(title);
        if (f.Contains("to chuc thuc hien", StringComparison.Ordinal) || f.Contains("phan cong", StringComparison.Ordinal))
        {
            return SectionKind.Organisation;
        }

        if (f.Contains("muc dich", StringComparison.Ordinal) || f.Contains("yeu cau", StringComparison.Ordinal)
            || ((f.Contains("muc tieu", StringComparison.Ordinal) || f.Contains("chi tieu", StringComparison.Ordinal)) && !f.Contains("nhiem vu", StringComparison.Ordinal)))
        {
            return SectionKind.Purpose;
        }

        if (f.Contains("kinh phi", StringComparison.Ordinal) || f.Contains("khen thuong", StringComparison.Ordinal) || f.Contains("che do bao cao", StringComparison.Ordinal)
            || f.Contains("dieu khoan", StringComparison.Ordinal) || f.Contains("tinh hinh", StringComparison.Ordinal) || f.Contains("ket qua", StringComparison.Ordinal))
        {
            return SectionKind.Other;
        }

        return first && f.Contains("can cu", StringComparison.Ordinal) ? SectionKind.Other : SectionKind.Content;
    }


    /// <summary>
    /// "Phòng Tổ chức hành chính chủ trì tham mưu; các khoa, phòng phối hợp." → lead and supporting units. A clause
    /// labelled "chủ trì: …" / "phối hợp: …" gives its units as written; without any keyword, the first unit of the list
    /// leads and the others support — unless the field itself is the lead's ("Cơ quan chủ trì: A, B"), which names leads only.
    /// </summary>
    public static (string? Lead, IReadOnlyList<string> Supporting) Responsibility(string value, bool leadField = false)
    {
        value = value.Trim().TrimEnd('.', ';').Trim();
        if (value.Length == 0)
        {
            return (null, []);
        }

        string? lead = null;
        var supporting = new List<string>();
        var keyworded = leadField;
        foreach (var clause in value.Split(';').Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            var labelled = LabelledClauseRegex().Match(clause);
            if (labelled.Success)
            {
                keyworded = true;
                if (labelled.Groups["role"].Value.Contains("chủ", StringComparison.OrdinalIgnoreCase))
                {
                    lead ??= labelled.Groups["units"].Value.Trim().TrimEnd('.');
                }
                else
                {
                    supporting.AddRange(UnitListParser.Split(labelled.Groups["units"].Value.Trim().TrimEnd('.')));
                }

                continue;
            }

            var lower = clause.ToLowerInvariant();
            var leadAt = lower.IndexOf("chủ trì", StringComparison.Ordinal);
            var supportAt = lower.IndexOf("phối hợp", StringComparison.Ordinal);
            if (leadAt >= 0)
            {
                keyworded = true;
                var before = clause[..leadAt].Trim().TrimEnd(',', ':').Trim();
                var after = clause[(leadAt + 7)..].Trim().TrimStart(':').Trim();
                lead ??= before.Length > 0 ? UnitListParser.Split(before).FirstOrDefault() : UnitListParser.Split(UnitListParser.Subject(after)).FirstOrDefault();
            }
            else if (supportAt >= 0)
            {
                keyworded = true;
                var before = clause[..supportAt].Trim().TrimEnd(',', ':').Trim();
                var after = clause[(supportAt + 8)..].Trim().TrimStart(':').Trim();
                var after2 = after.StartsWith("với ", StringComparison.Ordinal) ? after[4..] : after;
                supporting.AddRange(before.Length > 0 ? [before] : UnitListParser.Split(after2));
            }
            else if (leadField && lead is null)
            {
                lead = clause; // "Cơ quan chủ trì: Văn phòng Sở; …"
            }
        }

        if (keyworded)
        {
            return (lead, supporting);
        }

        var units = value.Split(", ").Select(u => u.Trim()).Where(u => u.Length > 0).ToList();
        return (units[0], units.Skip(1).ToList());
    }

    private static bool HasRoleWord(string value)
    {
        var f = VietnameseText.Fold(value);
        return f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("phoi hop", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:(?:[Đđ]ơn vị|[Cc]ơ quan)\s+)?(?<role>[Cc]hủ trì|[Pp]hối hợp)(?:\s+thực hiện)?\s*:\s*(?<units>.+)$")]
    private static partial Regex LabelledClauseRegex();

    internal static Located<string>? ParenthesisTimeline(IEnumerable<Paragraph> paragraphs, string file)
    {
        foreach (var p in paragraphs)
        {
            var m = TimelineParenthesisRegex().Match(p.Text);
            if (m.Success)
            {
                return new Located<string>(m.Groups["t"].Value.Trim(), new SourceLocation(file, p.LineAt(m.Index), 1));
            }
        }

        return null;
    }


    // "Trên đây là Kế hoạch …", "Trong quá trình triển khai …", "Đề nghị các đơn vị nghiêm túc triển khai Kế hoạch này":
    // the closing words of the plan, after its last task.
    internal static bool IsClosing(Paragraph p)
    {
        if (p.Marker.Kind != MarkerKind.None || p.IsTableRow || p.IsFootnote)
        {
            return false;
        }

        var f = VietnameseText.Fold(p.Text);
        if (f.StartsWith("tren day", StringComparison.Ordinal) || f.StartsWith("trong qua trinh", StringComparison.Ordinal))
        {
            return true;
        }

        // "UBND huyện đề nghị các cơ quan … nghiêm túc triển khai thực hiện./.": an unnumbered paragraph that ends the text.
        if (p.Text.TrimEnd().EndsWith("./.", StringComparison.Ordinal))
        {
            return true;
        }

        var head = string.Join(' ', f.Split(' ').Take(6));
        return head.Contains("de nghi", StringComparison.Ordinal) && (f.Contains("ke hoach", StringComparison.Ordinal) || f.Contains("chuong trinh", StringComparison.Ordinal));
    }

    /// <summary>The first sentence, its final stop kept.</summary>
    public static string FirstSentence(string text)
    {
        var parts = SentenceBreakRegex().Split(text.Trim(), 2);
        return parts[0].Trim();
    }

    internal static IEnumerable<string> SentencesAfterFirst(string text)
    {
        var parts = SentenceBreakRegex().Split(text.Trim(), 2);
        return parts.Length > 1 && parts[1].Trim().Length > 0 ? [parts[1].Trim()] : [];
    }

    /// <summary>A task table: "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành".</summary>
    internal static class TaskTable
    {
        public static bool IsHeader(Paragraph p)
        {
            var cells = p.Cells.Select(VietnameseText.Fold).ToList();
            return cells.Any(c => c.Contains("noi dung", StringComparison.Ordinal) || c.Contains("nhiem vu", StringComparison.Ordinal))
                && cells.Any(c => c.Contains("chu tri", StringComparison.Ordinal));
        }

        public static int Read(IReadOnlyList<Paragraph> paragraphs, int headerIndex, int to, string? section, string file, List<ExtractedTask> tasks)
        {
            var header = paragraphs[headerIndex].Cells.Select(VietnameseText.Fold).ToList();
            var no = header.FindIndex(c => c is "stt" or "tt" or "so tt");
            var content = header.FindIndex(c => c.Contains("noi dung", StringComparison.Ordinal) || c.Contains("nhiem vu", StringComparison.Ordinal));
            var lead = header.FindIndex(c => c.Contains("chu tri", StringComparison.Ordinal));
            var support = header.FindIndex(c => c.Contains("phoi hop", StringComparison.Ordinal));
            var time = header.FindIndex(c => c.Contains("thoi gian", StringComparison.Ordinal) || c.Contains("thoi han", StringComparison.Ordinal) || c.Contains("tien do", StringComparison.Ordinal));
            var i = headerIndex + 1;
            for (; i < to && paragraphs[i].IsTableRow; i++)
            {
                var row = paragraphs[i];
                var cells = row.Cells;
                string Cell(int k) => k >= 0 && k < cells.Count ? cells[k] : string.Empty;
                var number = Cell(no).TrimEnd('.');
                if (Cell(content).Length == 0 || (no >= 0 && !Regex.IsMatch(number, @"^\d+(\.\d+)*$")))
                {
                    continue; // a group row ("I | CÔNG TÁC TUYÊN TRUYỀN") or an empty one
                }

                var id = number.Length > 0 ? number : (tasks.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (tasks.Any(t => t.Task.Id == id) && section is not null)
                {
                    id = section + "." + id;
                }

                var at = new SourceLocation(file, row.Line, 1);
                var (leadUnit, extra) = Responsibility(Cell(lead), leadField: true);
                // "Các sở, ngành; UBND các huyện" without a role word: every body named is assigned, none leads alone
                // (as the tree reader reads a lead field listing bodies between semicolons).
                var clauses = Cell(lead).Split(';').Select(c => c.Trim().TrimEnd('.').Trim()).Where(c => c.Length > 0).ToList();
                IReadOnlyList<string> assigned = leadUnit is not null && extra.Count == 0 && clauses.Count > 1 && !HasRoleWord(Cell(lead))
                    ? clauses.SelectMany(UnitListParser.Split).Distinct(StringComparer.Ordinal).ToList()
                    : [];
                if (assigned.Count > 1)
                {
                    leadUnit = null;
                }
                tasks.Add(new ExtractedTask(
                    new PlanTask
                    {
                        Id = id,
                        Number = number.Length > 0 ? number + "." : null,
                        Section = section,
                        Title = Cell(content),
                        LeadUnit = leadUnit is null ? null : new Located<string>(leadUnit, at),
                        SupportingUnits = [.. extra, .. Cell(support).Length > 0 ? UnitListParser.Split(Cell(support)) : []],
                        AssignedTo = assigned.Count > 1 ? assigned : [],
                        Timeline = Cell(time).Length > 0 ? new Located<string>(WithDates(Cell(time).TrimEnd('.'), Cell(content)), at) : null,
                        Location = at,
                    },
                    [row]));
            }

            return i;
        }

        // "Theo các mốc thời gian nêu tại cột Nội dung": the dates written in the content cell are the timeline.
        private static string WithDates(string time, string content) =>
            Grammar.TimePhrases.RefersElsewhere(time) && Grammar.TimePhrases.Join(content) is { } dates ? time + " (" + dates + ")" : time;
    }

    /// <summary>A table of duties per unit: "STT | Đơn vị | Nhiệm vụ | Thời hạn".</summary>
    internal static class UnitTable
    {
        public static bool IsHeader(Paragraph p)
        {
            var cells = p.Cells.Select(VietnameseText.Fold).ToList();
            return cells.Any(c => c.StartsWith("don vi", StringComparison.Ordinal) || c.StartsWith("co quan", StringComparison.Ordinal))
                && cells.Any(c => c.Contains("nhiem vu", StringComparison.Ordinal) || c.Contains("noi dung", StringComparison.Ordinal));
        }

        public static int Read(IReadOnlyList<Paragraph> paragraphs, int headerIndex, int to, string section, string file, List<ExtractedTask> tasks)
        {
            var header = paragraphs[headerIndex].Cells.Select(VietnameseText.Fold).ToList();
            var no = header.FindIndex(c => c is "stt" or "tt" or "so tt");
            var unit = header.FindIndex(c => c.StartsWith("don vi", StringComparison.Ordinal) || c.StartsWith("co quan", StringComparison.Ordinal));
            var duty = header.FindIndex(c => c.Contains("nhiem vu", StringComparison.Ordinal) || c.Contains("noi dung", StringComparison.Ordinal));
            var time = header.FindIndex(c => c.Contains("thoi gian", StringComparison.Ordinal) || c.Contains("thoi han", StringComparison.Ordinal) || c.Contains("tien do", StringComparison.Ordinal));
            var i = headerIndex + 1;
            var n = 0;
            for (; i < to && paragraphs[i].IsTableRow; i++)
            {
                var row = paragraphs[i];
                var cells = row.Cells;
                string Cell(int k) => k >= 0 && k < cells.Count ? cells[k] : string.Empty;
                if (Cell(unit).Length == 0 || Cell(duty).Length == 0)
                {
                    continue;
                }

                n++;
                var number = Cell(no).TrimEnd('.');
                var units = UnitListParser.Split(Cell(unit));
                var at = new SourceLocation(file, row.Line, 1);
                var text = Cell(duty);
                tasks.Add(new ExtractedTask(
                    new PlanTask
                    {
                        Id = section + "." + (number.Length > 0 ? number : n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        Number = number.Length > 0 ? number + "." : null,
                        Section = section,
                        Title = FirstSentence(text),
                        Details = [.. SentencesAfterFirst(text)],
                        AssignedTo = units,
                        LeadUnit = units.Count == 1 && UnitListParser.IsSingle(units[0]) ? new Located<string>(units[0], at) : null,
                        Timeline = Cell(time).Length > 0 ? new Located<string>(Cell(time).TrimEnd('.'), at) : null,
                        Location = at,
                    },
                    [row]));
            }

            return i;
        }
    }
}
