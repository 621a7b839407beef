using System.Globalization;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Legal;

/// <summary>Dates as a citation writes them, and the date of a plan the legal rules reason with.</summary>
internal static class LegalDate
{
    /// <summary>
    /// "20/01/2018", "05/4/2019", "14/11/2022": Nghị định 30/2020/NĐ-CP (Phụ lục I) writes a day below 10 and the
    /// months 1 and 2 with a leading zero. Partial dates give "4/2019" or "2019".
    /// </summary>
    public static string Format(PartialDate date) => (date.Year, date.Month, date.Day) switch
    {
        (null, _, _) => string.Empty,
        (int y, null, _) => y.ToString(CultureInfo.InvariantCulture),
        (int y, int m, null) => $"{Month(m)}/{y}",
        (int y, int m, int d) => $"{d:D2}/{Month(m)}/{y}",
    };

    /// <summary>As <see cref="Format(PartialDate)"/>.</summary>
    public static string Format(DateOnly date) => Format(PartialDate.From(date));

    private static string Month(int m) => m <= 2 ? m.ToString("D2", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The date a plan's citations are judged at: its issue date when complete (<see cref="Exact"/>), else the
/// first day of its period (or of its issue year) — an approximation that rules must treat with tolerance.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Exact">True when it is the plan's complete issue date.</param>
internal sealed record PlanDate(DateOnly Date, bool Exact)
{
    /// <summary>The year of the plan.</summary>
    public int Year => Date.Year;

    /// <summary>The plan's date, or null when the plan gives neither a date nor a period.</summary>
    public static PlanDate? Of(Plan plan)
    {
        if (plan.IssueDate?.Value.ToDate() is { } issued)
        {
            return new PlanDate(issued, true);
        }

        if (plan.Period?.Value is { } period)
        {
            return new PlanDate(new DateOnly(period.From, 1, 1), false);
        }

        return plan.IssueDate?.Value.Year is int year and >= 1 and <= 9999 ? new PlanDate(new DateOnly(year, 1, 1), false) : null;
    }

    /// <summary>
    /// True when <paramref name="other"/> is certainly later than the plan: later than the day for an exact date,
    /// in a later year for an approximate one.
    /// </summary>
    public bool IsCertainlyBefore(DateOnly other) => Exact ? other > Date : other.Year > Date.Year;
}
