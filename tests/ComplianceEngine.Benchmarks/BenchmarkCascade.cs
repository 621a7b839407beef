using System.Globalization;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// A synthetic national cascade in memory: every child linked to its parent and implementing most of its tasks, with
/// some gaps. Shared by the benchmark and the engine parity test.
/// </summary>
internal static class BenchmarkCascade
{
    /// <summary>The cascade: one national plan, 63 provinces, <paramref name="departments"/> per province, <paramref name="unitsPer"/> per department.</summary>
    public static List<Plan> Make(int departments, int unitsPer, int tasksPerPlan)
    {
        var plans = new List<Plan>();
        var national = MakePlan("tw", "1/KH-UBQG", "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ", PlanLevel.National, null, 0, tasksPerPlan);
        plans.Add(national);
        for (var p = 1; p <= 63; p++)
        {
            var province = MakePlan($"t{p}", $"{p}/KH-UBND", $"Ủy ban nhân dân tỉnh {p}", PlanLevel.Province, national, p, tasksPerPlan);
            plans.Add(province);
            for (var d = 1; d <= departments; d++)
            {
                var department = MakePlan($"t{p}-s{d}", $"{d}/KH-S{p}", $"Sở {d} tỉnh {p}", PlanLevel.Department, province, d, tasksPerPlan);
                plans.Add(department);
                for (var u = 1; u <= unitsPer; u++)
                {
                    plans.Add(MakePlan($"t{p}-s{d}-u{u}", $"{u}/KH-BV{p}S{d}", $"Bệnh viện {u} sở {d} tỉnh {p}", PlanLevel.Unit, department, u, tasksPerPlan));
                }
            }
        }

        return plans;
    }

    private static Plan MakePlan(string id, string number, string issuer, PlanLevel level, Plan? parent, int seed, int tasksPerPlan)
    {
        var file = id + ".yaml";
        SourceLocation At(int line) => new(file, line, 1);
        var tasks = Enumerable.Range(1, tasksPerPlan).Select(i => new PlanTask
        {
            Id = i.ToString(CultureInfo.InvariantCulture),
            Title = Topics[(i + seed) % Topics.Length],
            LeadUnit = (i + seed) % 11 == 0 ? null : new Located<string>("Phòng Tổ chức hành chính", At(10 + (i * 5))),
            Timeline = new Located<string>((i + seed) % 13 == 0 ? "trước ngày 30/12/2026" : "Thường xuyên trong năm 2026", At(11 + (i * 5))),
            Implements = parent is null || (i + seed) % 17 == 0 ? [] : [new Located<string>(i.ToString(CultureInfo.InvariantCulture), At(12 + (i * 5)))],
            Location = At(9 + (i * 5)),
        }).ToList();
        return new Plan
        {
            Id = id,
            Location = At(1),
            Number = new Located<string>(number, At(2)),
            Title = "Kế hoạch thực hiện công tác bình đẳng giới năm 2026",
            Issuer = new Located<string>(issuer, At(3)),
            Level = level,
            IssueDate = new Located<PartialDate>(new PartialDate(2026, 1 + (int)level, 10), At(4)),
            Period = new Located<YearPeriod>(new YearPeriod(2026, 2026), At(5)),
            Status = PlanStatus.Issued,
            Parent = parent is null ? null : new ParentReference(parent.Id, parent.Number!.Value, parent.IssueDate!.Value, parent.Issuer.Value, At(6)),
            LegalBases = parent is null ? [] :
            [
                new Citation("Kế hoạch", parent.Number!.Value, parent.IssueDate!.Value, parent.Issuer.Value, null, $"Kế hoạch số {parent.Number.Value}", true, At(7), null),
            ],
            Tasks = tasks,
            Reports =
            [
                new PlanReport { Id = "bc-nam", Title = "Báo cáo năm", Kind = ReportKind.Annual, Due = new Located<string>($"trước ngày {30 - (int)level}/11/2026", At(60)), Implements = parent is null ? [] : [new Located<string>("bc-nam", At(61))], Location = At(59) },
            ],
        };
    }

    private static readonly string[] Topics =
    [
        "Tuyên truyền, phổ biến pháp luật về bình đẳng giới",
        "Tập huấn nâng cao năng lực cho cán bộ làm công tác bình đẳng giới",
        "Phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        "Tổ chức Tháng hành động vì bình đẳng giới",
        "Kiện toàn Ban vì sự tiến bộ của phụ nữ",
        "Thống kê số liệu tách biệt giới",
        "Công tác cán bộ nữ, quy hoạch nữ lãnh đạo",
        "Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới",
    ];

    /// <summary>One line per finding with everything that makes it (rule, severity, plan, place, subject, variant, arguments), sorted.</summary>
    public static IEnumerable<string> Lines(ComplianceEngine.Core.Engine.Evaluation evaluation) =>
        evaluation.Findings.Select(f => Line(f, "found"))
            .Concat(evaluation.Waived.Select(w => Line(w.Finding, "waived")))
            .Order(StringComparer.Ordinal);

    /// <summary>SHA-256 of <see cref="Lines"/>, to compare two engines on data too large to keep.</summary>
    public static string Digest(ComplianceEngine.Core.Engine.Evaluation evaluation) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Lines(evaluation)))))[..16];

    private static string Line(ComplianceEngine.Core.Engine.Finding f, string state) =>
        $"{state} {f.PlanId} {f.Location} {f.Rule.Id} {f.Severity} {f.Subject.Kind}:{f.Subject.Id} {f.Variant} "
        + string.Join(" ", f.Args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
}
