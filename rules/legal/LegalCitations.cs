using System.Globalization;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Rules.Legal;

/// <summary>What the legal rules share: the subject and message values of a citation and of a catalogue document, and date sanity.</summary>
internal static class LegalCitations
{
    /// <summary>The earliest year a cited document can have: the state's own documents start in 1945.</summary>
    public const int EarliestYear = 1945;

    /// <summary>The citation as the subject of a finding.</summary>
    public static Subject Subject(Citation citation) => new("citation", Shorten(citation.Number ?? citation.Title ?? citation.Raw, 80));

    /// <summary>The line a reader finds the citation at: its line in the source document when known, else in the YAML file.</summary>
    public static string Line(Citation citation) => (citation.DocLine ?? citation.Location.Line).ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the citation carries a number that is not blank ("/KH-BV" is blank).</summary>
    public static bool IsNumbered(Citation citation) => PlanIndex.NumberKey(citation.Number) is not null;

    /// <summary>{raw}, {line}, {number}: the citation as written; {line} lists every line of its group in <paramref name="plan"/> (see <see cref="Cited"/>).</summary>
    public static (string, string?)[] Of(Citation citation, Core.Model.Plan? plan = null) =>
        [("raw", Shorten(citation.Raw, 140)), ("line", plan is null ? Line(citation) : Lines(citation, plan)), ("number", citation.Number ?? string.Empty)];

    /// <summary>
    /// The citations of <paramref name="plan"/> other than its references to its own number ("Kèm theo Kế hoạch số …"),
    /// each document once: repeated citations of one number (or one name) are one, represented by the first that gives a
    /// date or issuer, so that one wrong citation written in several places is one finding; a repetition that gives
    /// another date or issuer stays apart.
    /// </summary>
    public static IReadOnlyList<Citation> Cited(Core.Model.Plan plan) => [.. Groups(plan).Select(g => g.Citation)];

    /// <summary>The citations of <paramref name="plan"/> other than its references to its own number, all of them.</summary>
    public static IEnumerable<Citation> Others(Core.Model.Plan plan)
    {
        var own = PlanIndex.NumberKey(plan.Number?.Value);
        return plan.AllCitations.Where(c => own is null || PlanIndex.NumberKey(c.Number) != own);
    }

    private static string Lines(Citation citation, Core.Model.Plan plan)
    {
        var group = Groups(plan).FirstOrDefault(g => ReferenceEquals(g.Citation, citation));
        return group.Lines is { Count: > 1 } lines ? string.Join(", ", lines.Distinct()) : Line(citation);
    }

    // Every legal rule groups the plan's citations, and each finding's lines ask again: grouped once per plan (a pure
    // function of the plan, held weakly by reference).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Core.Model.Plan, List<(Citation Citation, List<int> Lines)>> Grouped = new();

    private static List<(Citation Citation, List<int> Lines)> Groups(Core.Model.Plan plan) => Grouped.GetValue(plan, Group);

    private static List<(Citation Citation, List<int> Lines)> Group(Core.Model.Plan plan)
    {
        var groups = new List<(Citation Citation, List<int> Lines)>();
        foreach (var citation in Others(plan))
        {
            var key = Identity(citation);
            var line = citation.DocLine ?? citation.Location.Line;
            var index = groups.FindIndex(g => Identity(g.Citation) == key && Compatible(g.Citation, citation));
            if (index < 0)
            {
                groups.Add((citation, [line]));
                continue;
            }

            var (first, lines) = groups[index];
            lines.Add(line);
            if (IsBare(first) && !IsBare(citation))
            {
                groups[index] = (citation, lines);
            }
        }

        return groups;
    }

    private static string Identity(Citation c) =>
        PlanIndex.NumberKey(c.Number) ?? "name:" + string.Join(' ', (c.Title ?? c.Raw).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsBare(Citation c) => c.Date is null && string.IsNullOrWhiteSpace(c.Issuer);

    // A bare repetition ("Quyết định số 1464/QĐ-TTg") joins the full one; two that give different dates or issuers do not.
    private static bool Compatible(Citation a, Citation b) =>
        IsBare(a) || IsBare(b) || (a.Date == b.Date && string.Equals(a.Issuer?.Trim(), b.Issuer?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>{docName} {docType} {symbol} {docDate} {docIssuer} {docSubject}: the document as the catalogue has it, with <paramref name="prefix"/> before each name.</summary>
    public static (string, string?)[] Of(LegalDocument document, string prefix = "doc") =>
    [
        (prefix + "Name", document.CitationName), (prefix + "Type", document.Type), (prefix == "doc" ? "symbol" : prefix + "Symbol", document.Symbol),
        (prefix + "Date", LegalDate.Format(document.IssueDate)), (prefix + "Issuer", document.Issuer),
        (prefix + "Subject", document.CitationSubject.Length > 0 ? " " + document.CitationSubject : string.Empty),
    ];

    /// <summary>
    /// The latest year a cited document can plausibly have: the plan's year + 1, or the reference date's year + 1 when
    /// the plan gives no date.
    /// </summary>
    public static int LatestYear(Core.Model.Plan plan, DateOnly asOf) => (PlanDate.Of(plan)?.Year ?? asOf.Year) + 1;

    /// <summary>True when the citation's date cannot be right: not a calendar day, or a year outside 1945 … <see cref="LatestYear"/>.</summary>
    public static bool DateImplausible(Citation citation, Core.Model.Plan plan, DateOnly asOf)
    {
        if (citation.Date is not { IsBlank: false } date)
        {
            return false;
        }

        var notADay = date.Month is < 1 or > 12 || date.Day is < 1 || (date.IsComplete && date.ToDate() is null);
        return notADay || date.Year < EarliestYear || date.Year > LatestYear(plan, asOf);
    }

    /// <summary>True when the parts of <paramref name="cited"/> that are written agree with <paramref name="actual"/>.</summary>
    public static bool Agrees(PartialDate cited, PartialDate actual) =>
        cited.Year == actual.Year && (cited.Month is null || cited.Month == actual.Month) && (cited.Day is null || cited.Day == actual.Day);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
