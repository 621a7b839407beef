using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules;

// Benchmark of a national cascade: one national plan, 63 provinces, N departments per province and M units per
// department (defaults give 1 + 63 + 63×20 + 63×20×15 = 20,224 plans), every child linked to its parent and
// implementing most of its tasks, with some gaps. Measures evaluation and the coverage matrix, not loading.
// Run: dotnet run -c Release --project tests/ComplianceEngine.Benchmarks -- [departments-per-province] [units-per-department]
var departments = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var unitsPer = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;

var plans = new List<Plan>();
var national = MakePlan("tw", "1/KH-UBQG", "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ", PlanLevel.National, null, 0);
plans.Add(national);
for (var p = 1; p <= 63; p++)
{
    var province = MakePlan($"t{p}", $"{p}/KH-UBND", $"Ủy ban nhân dân tỉnh {p}", PlanLevel.Province, national, p);
    plans.Add(province);
    for (var d = 1; d <= departments; d++)
    {
        var department = MakePlan($"t{p}-s{d}", $"{d}/KH-S{p}", $"Sở {d} tỉnh {p}", PlanLevel.Department, province, d);
        plans.Add(department);
        for (var u = 1; u <= unitsPer; u++)
        {
            plans.Add(MakePlan($"t{p}-s{d}-u{u}", $"{u}/KH-BV{p}S{d}", $"Bệnh viện {u} sở {d} tỉnh {p}", PlanLevel.Unit, department, u));
        }
    }
}

var engine = new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(new DateOnly(2026, 11, 23)) { Catalog = RuleAssembly.LegalCatalog });
engine.Evaluate(plans.Take(2000).ToList()); // warm-up: JIT and catalogue loading

if (Environment.GetEnvironmentVariable("PER_RULE") == "1")
{
    // Time each rule alone, to find the expensive ones.
    foreach (var id in RuleAssembly.Catalog.Rules.Select(r => r.Id))
    {
        var only = string.Join("", RuleAssembly.Catalog.Rules.Where(r => r.Id != id).Select(r => $"  {r.Id}: {{ enabled: false }}\n"));
        var (ruleset, _) = Ruleset.TryParse("rules:\n" + only, "per-rule.yaml", RuleAssembly.Catalog);
        var single = new RuleEngine(RuleAssembly.Catalog, ruleset!, new EngineOptions(new DateOnly(2026, 11, 23)) { Catalog = RuleAssembly.LegalCatalog });
        var sw = Stopwatch.StartNew();
        single.Evaluate(plans);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {sw.Elapsed.TotalSeconds:F2} s"));
    }
}

var clock = Stopwatch.StartNew();
var evaluation = engine.Evaluate(plans);
var evaluate = clock.Elapsed;
clock.Restart();
var trace = RuleAssembly.Trace(evaluation.Index.Plans, evaluation, Ruleset.Empty);
var matrix = clock.Elapsed;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"plans: {plans.Count}, links: {evaluation.Index.Links.Count}, findings: {evaluation.Findings.Count}, matrix cells: {trace.Count}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"evaluate: {evaluate.TotalSeconds:F2} s ({plans.Count / evaluate.TotalSeconds:F0} plans/s), coverage matrix: {matrix.TotalSeconds:F2} s, cores: {Environment.ProcessorCount}"));

static Plan MakePlan(string id, string number, string issuer, PlanLevel level, Plan? parent, int seed)
{
    var file = id + ".yaml";
    SourceLocation At(int line) => new(file, line, 1);
    var tasks = Enumerable.Range(1, 8).Select(i => new PlanTask
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

internal static partial class Program
{
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
}
