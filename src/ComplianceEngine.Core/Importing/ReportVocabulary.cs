using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// The words of reporting duties (<c>rules/catalogs/report-kinds.yaml</c>, format <c>report-kinds/1</c>): what starts a
/// deliverable, what sends it, which words name its kind, which deadlines come back, and the season of a report that
/// names no kind.
/// </summary>
internal sealed partial class ReportVocabulary
{
    private static readonly Lazy<ReportVocabulary> LazyBuiltIn = new(() => new ReportVocabulary(WordCatalog.Embedded("report-kinds.yaml", "report-kinds/1")));

    private static readonly Dictionary<string, ReportKind> KindNames = new(StringComparer.Ordinal)
    {
        ["plan"] = ReportKind.Plan, ["six-month"] = ReportKind.SixMonth, ["annual"] = ReportKind.Annual, ["quarterly"] = ReportKind.Quarterly,
        ["ad-hoc"] = ReportKind.AdHoc, ["event"] = ReportKind.Event, ["statistics"] = ReportKind.Statistics, ["other"] = ReportKind.Other,
    };

    private readonly Regex deliverables;
    private readonly Regex notDeliverables;
    private readonly Regex planWords;
    private readonly Regex sending;
    private readonly Regex recurring;
    private readonly IReadOnlyList<(ReportKind Kind, Regex Words)> kinds;
    private readonly IReadOnlyDictionary<int, ReportKind> byMonth;

    private ReportVocabulary(WordCatalog catalog)
    {
        deliverables = WordCatalog.Matcher(catalog.Words("deliverables"));
        notDeliverables = WordCatalog.Matcher(catalog.Words("not-deliverables"));
        planWords = WordCatalog.Matcher(catalog.Words("plan-words"));
        sending = WordCatalog.Matcher(catalog.Words("sending"));
        recurring = WordCatalog.Matcher(catalog.Words("recurring"));
        kinds = catalog.Groups("kinds").Select(g => (Kind(g.Name, catalog.Name), WordCatalog.Matcher(g.Words))).ToList();
        RecurringKind = Kind(catalog.Scalar("recurring-kind") ?? "other", catalog.Name);
        byMonth = catalog.Groups("by-due-month")
            .SelectMany(g => g.Words.Select(m => (Month: int.Parse(m, CultureInfo.InvariantCulture), Kind: Kind(g.Name, catalog.Name))))
            .ToDictionary(x => x.Month, x => x.Kind);
    }

    // "Kế hoạch số 12/KH-UBND": a document's number follows, so this is a citation, not a deliverable.
    [GeneratedRegex(@"^\s*số\s*:?\s*\d")]
    private static partial Regex CitedNumberRegex();

    /// <summary>The built-in vocabulary.</summary>
    public static ReportVocabulary BuiltIn => LazyBuiltIn.Value;

    /// <summary>The kind of a recurring duty that names none.</summary>
    public ReportKind RecurringKind { get; }

    /// <summary>Where the deliverables of <paramref name="text"/> start ("báo cáo …", "kế hoạch …"), skipping "báo cáo viên".</summary>
    public IEnumerable<Match> Deliverables(string text)
    {
        var excluded = notDeliverables.Matches(text).Select(m => m.Index).ToHashSet();
        return deliverables.Matches(text).Where(m => !excluded.Contains(m.Index) && !CitedNumberRegex().IsMatch(text[(m.Index + m.Length)..]));
    }

    /// <summary>True when <paramref name="title"/> is a plan ("kế hoạch năm 2026 của đơn vị").</summary>
    public bool IsPlan(string title) => planWords.Match(title) is { Success: true, Index: var i } && title[..i].Trim().Length == 0;

    /// <summary>True when <paramref name="text"/> sends something ("gửi về", "nộp", "báo cáo").</summary>
    public bool Sends(string text) => sending.IsMatch(text);

    /// <summary>True when the deadline <paramref name="due"/> comes back ("trước ngày 15 hằng tháng").</summary>
    public bool IsRecurring(string due) => recurring.IsMatch(due);

    /// <summary>The kind named by <paramref name="text"/>, in the catalogue's order, or null when it names none.</summary>
    public ReportKind? KindNamedIn(string text) => kinds.FirstOrDefault(k => k.Words.IsMatch(text)) is { Words: not null } hit ? hit.Kind : null;

    /// <summary>True when <paramref name="text"/> names <paramref name="kind"/>.</summary>
    public bool Names(string text, ReportKind kind) => kinds.Any(k => k.Kind == kind && k.Words.IsMatch(text));

    /// <summary>The kind of a report that names none, by the month it falls due in.</summary>
    public ReportKind? KindByMonth(int month) => byMonth.TryGetValue(month, out var k) ? k : null;

    private static ReportKind Kind(string name, string file) =>
        KindNames.TryGetValue(name, out var k) ? k : throw new InvalidDataException($"{file}: unknown report kind '{name}'");
}
