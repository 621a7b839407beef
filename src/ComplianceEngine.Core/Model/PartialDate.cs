using System.Globalization;

namespace ComplianceEngine.Core.Model;

/// <summary>
/// A date that a draft may leave partly blank: year only, year and month, or a full date.
/// A full date that does not exist in the calendar (31/2) is kept and reported, not rejected on load.
/// </summary>
public sealed record PartialDate(int? Year, int? Month, int? Day)
{
    /// <summary>The blank date of a draft ("ngày ... tháng ... năm ...").</summary>
    public static PartialDate Blank { get; } = new(null, null, null);

    /// <summary>True when year, month and day are all given.</summary>
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>True when nothing is given.</summary>
    public bool IsBlank => Year is null && Month is null && Day is null;

    /// <summary>The calendar date, when complete and real.</summary>
    public DateOnly? ToDate() =>
        IsComplete && Month is >= 1 and <= 12 && Year is >= 1 and <= 9999 && Day >= 1 && Day <= DateTime.DaysInMonth(Year!.Value, Month!.Value)
            ? new DateOnly(Year!.Value, Month!.Value, Day!.Value)
            : null;

    /// <summary>Parses ISO <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or the empty string.</summary>
    public static bool TryParseIso(string text, out PartialDate date)
    {
        date = Blank;
        text = text.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int?[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is < 1 or > 4 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            numbers[i] = n;
        }

        date = new PartialDate(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>From a calendar date.</summary>
    public static PartialDate From(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>ISO text of the parts that are known.</summary>
    public override string ToString() => (Year, Month, Day) switch
    {
        (null, _, _) => "",
        (int y, null, _) => y.ToString("D4", CultureInfo.InvariantCulture),
        (int y, int m, null) => $"{y:D4}-{m:D2}",
        (int y, int m, int d) => $"{y:D4}-{m:D2}-{d:D2}",
    };

    /// <summary>Vietnamese civil-service rendering: 20/4/2026.</summary>
    public string ToVietnamese() => (Year, Month, Day) switch
    {
        (null, _, _) => "",
        (int y, null, _) => y.ToString(CultureInfo.InvariantCulture),
        (int y, int m, null) => $"{m}/{y}",
        (int y, int m, int d) => $"{d}/{m}/{y}",
    };
}
