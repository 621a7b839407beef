namespace ComplianceEngine.Core.Time;

/// <summary>What a time expression says.</summary>
internal enum TimeKind
{
    /// <summary>On a day ("ngày 26 tháng 4 năm 2019").</summary>
    Date,

    /// <summary>On or before a day ("trước ngày 30/5/2026").</summary>
    Deadline,

    /// <summary>From one day to another ("từ ngày 15/11- 15/12/2019").</summary>
    Range,

    /// <summary>All year long ("Thường xuyên trong năm 2026", "Duy trì trong năm 2017").</summary>
    ContinuousInYear,

    /// <summary>A quarter ("Quý I/2026").</summary>
    Quarter,

    /// <summary>A half year ("6 tháng đầu năm").</summary>
    HalfYear,

    /// <summary>A month ("tháng 4/2026").</summary>
    Month,

    /// <summary>Every year on the same day or days ("hàng năm từ ngày 15/11 - 15/12", "8/3").</summary>
    Recurring,
}

/// <summary>
/// A parsed time expression. <see cref="End"/> is the latest day the expression allows, which is
/// what deadlines are compared on; for a recurring event it is the occurrence in the reference year.
/// </summary>
internal sealed record TimeValue(TimeKind Kind, string Raw, DateOnly? Start, DateOnly End, bool YearImplied)
{
    /// <summary>Vietnamese rendering of the latest day.</summary>
    public string EndText => $"{End.Day}/{End.Month}/{End.Year}";
}

/// <summary>Outcome of parsing a time expression.</summary>
/// <param name="Value">The value, when one was found.</param>
/// <param name="Error">Why not: a key of the report vocabulary (<c>time-unrecognised</c>, <c>time-no-year</c>, <c>time-not-real</c>).</param>
/// <param name="Detail">The offending date as written, for <c>time-not-real</c> and <c>time-no-year</c>.</param>
internal sealed record TimeParseResult(TimeValue? Value, string? Error, string? Detail = null)
{
    /// <summary>True when a value was found.</summary>
    public bool Success => Value is not null;
}
