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

    /// <summary>{raw}, {line}, {number}: the citation as written.</summary>
    public static (string, string?)[] Of(Citation citation) =>
        [("raw", Shorten(citation.Raw, 140)), ("line", Line(citation)), ("number", citation.Number ?? string.Empty)];

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
