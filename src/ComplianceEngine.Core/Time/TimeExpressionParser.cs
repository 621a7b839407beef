using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Time;

/// <summary>
/// Parses the Vietnamese time expressions of plans into <see cref="TimeValue"/>s.
/// Works on folded text (no diacritics, lower case) so "Quý" and "Quy", "Thường xuyên" and
/// "thuong xuyen" read the same. A year left out ("trước 25/5") is taken from the plan's year.
/// </summary>
internal static partial class TimeExpressionParser
{
    private const string DatePart = @"(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?";

    [GeneratedRegex(@"\btu\s+(?:ngay\s+)?" + DatePart + @"\s*(?:-|–|den(?:\s+het)?(?:\s+ngay)?)\s*(?:ngay\s+)?" + DatePart)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?:truoc|cham nhat|han chot|khong muon hon|han)\s*(?:ngay\s+)?" + DatePart)]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"(?:truoc|cham nhat)\s*(?:ngay\s+)?(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex DeadlineIsoRegex();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\bquy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|nam)\s*(\d{4}))?")]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(@"\b6\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?")]
    private static partial Regex HalfRegex();

    [GeneratedRegex(@"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")]
    private static partial Regex LongDateRegex();

    [GeneratedRegex(@"\bthang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})")]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"\b(thuong xuyen|duy tri|ca nam|suot nam|trong nam|hang nam|hang thang|dinh ky)\b")]
    private static partial Regex ContinuousRegex();

    [GeneratedRegex(@"\bnam\s+(\d{4})\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\btrong\s+thoi\s+gian(?:\s+dien\s+ra)?\s+thang\s+hanh\s+dong\b")]
    private static partial Regex ActionMonthRegex();

    [GeneratedRegex(@"\b" + DatePart + @"\b")]
    private static partial Regex PlainDateRegex();

    /// <summary>Parses <paramref name="raw"/>; <paramref name="referenceYear"/> completes dates written without a year.</summary>
    public static TimeParseResult Parse(string raw, int? referenceYear)
    {
        // Several phrases ("từ 15/11 đến 15/12/2026; trước ngày 20/12/2026"): the timeline ends with the latest of them. A
        // dated phrase wins over "thường xuyên" or a monthly deadline, which set no last day.
        if (raw.Contains(';', StringComparison.Ordinal))
        {
            var parts = raw.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => ParseOne(p, referenceYear)).ToList();
            var read = parts.Where(p => p.Value is not null).Select(p => p.Value!).ToList();
            if (read.Count == 0)
            {
                return parts.Count > 0 ? parts[0] : new TimeParseResult(null, "time-unrecognised");
            }

            var dated = read.Where(v => v.Kind is not (TimeKind.ContinuousInYear or TimeKind.Recurring)).ToList();
            var last = (dated.Count > 0 ? dated : read).MaxBy(v => v.End)!;

            // Deadlines spread over the year ("trước ngày 10/6; trước ngày 10/11": the six-month and the annual report) are a
            // schedule of periodic deliverables, not one finish: recurring, like "trước ngày 15 hằng tháng".
            var deadlines = dated.Where(v => v.Kind is TimeKind.Deadline or TimeKind.Date).ToList();
            if (deadlines.Count >= 2 && deadlines.Count == dated.Count && deadlines.Max(v => v.End).DayNumber - deadlines.Min(v => v.End).DayNumber > 92)
            {
                return new TimeParseResult(new TimeValue(TimeKind.Recurring, raw, deadlines.Min(v => v.End), last.End, last.YearImplied), null);
            }

            return new TimeParseResult(last with { Raw = raw }, null);
        }

        return ParseOne(raw, referenceYear);
    }

    private static TimeParseResult ParseOne(string raw, int? referenceYear)
    {
        var text = VietnameseText.Fold(raw);
        if (text.Length == 0)
        {
            return new TimeParseResult(null, "time-unrecognised");
        }

        var iso = IsoRegex().Match(text);
        if (iso.Success)
        {
            return Make(TimeKind.Deadline, raw, null, Day(iso, 3, 2, 1, referenceYear), false);
        }

        var range = RangeRegex().Match(text);
        if (range.Success)
        {
            var recurring = !range.Groups[3].Success && !range.Groups[6].Success;
            var endYear = range.Groups[6].Success ? range.Groups[6].Value : range.Groups[3].Success ? range.Groups[3].Value : null;
            var year = endYear is null ? referenceYear : int.Parse(endYear, CultureInfo.InvariantCulture);
            var start = Day(range, 1, 2, 3, year);
            var end = Day(range, 4, 5, 6, year);
            if (start.Error is not null || end.Error is not null)
            {
                return new TimeParseResult(null, start.Error ?? end.Error, start.Detail ?? end.Detail);
            }

            return new TimeParseResult(new TimeValue(recurring ? TimeKind.Recurring : TimeKind.Range, raw, start.Date, end.Date!.Value, endYear is null), null);
        }

        var isoDeadline = DeadlineIsoRegex().Match(text);
        if (isoDeadline.Success)
        {
            return Make(TimeKind.Deadline, raw, null, Day(isoDeadline, 3, 2, 1, referenceYear), false);
        }

        var deadline = DeadlineRegex().Match(text);
        if (deadline.Success)
        {
            return Make(TimeKind.Deadline, raw, null, Day(deadline, 1, 2, 3, referenceYear), !deadline.Groups[3].Success);
        }

        var longDate = LongDateRegex().Match(text);
        if (longDate.Success)
        {
            return Make(TimeKind.Date, raw, null, Day(longDate, 1, 2, 3, referenceYear), false);
        }

        var quarters = QuarterRegex().Matches(text);
        if (quarters.Count > 0)
        {
            // "quý II, quý III/2026" and "quý II và quý III/2026" run to the end of the last quarter, in the year written last.
            static int Number(Match m) => m.Groups[1].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
            var q = quarters.Max(Number);
            var first = quarters.Min(Number);
            var year = quarters.LastOrDefault(m => m.Groups[2].Success)?.Groups[2] ?? quarters[0].Groups[2];
            return Period(TimeKind.Quarter, raw, year, referenceYear, (first * 3) - 2, q * 3);
        }

        var half = HalfRegex().Match(text);
        if (half.Success)
        {
            var first = half.Groups[1].Value == "dau";
            var year = half.Groups[2].Success ? half.Groups[2] : YearRegex().Match(text).Groups[1];
            return Period(TimeKind.HalfYear, raw, year, referenceYear, first ? 1 : 7, first ? 6 : 12);
        }

        var month = MonthRegex().Match(text);
        if (month.Success)
        {
            var m = int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                return new TimeParseResult(null, "time-not-real", $"{m}/{month.Groups[2].Value}");
            }

            return Period(TimeKind.Month, raw, month.Groups[2], referenceYear, m, m);
        }

        // The national Action Month for gender equality runs every year from 15 November to 15 December.
        if (ActionMonthRegex().IsMatch(text) && (YearRegex().Match(text) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : referenceYear) is { } actionYear
            && actionYear is >= 1 and <= 9999)
        {
            return new TimeParseResult(new TimeValue(TimeKind.Range, raw, new DateOnly(actionYear, 11, 15), new DateOnly(actionYear, 12, 15), !YearRegex().IsMatch(text)), null);
        }

        if (ContinuousRegex().IsMatch(text))
        {
            return Period(TimeKind.ContinuousInYear, raw, YearRegex().Match(text).Groups[1], referenceYear, 1, 12);
        }

        var plain = PlainDateRegex().Match(text);
        if (plain.Success)
        {
            var kind = plain.Groups[3].Success ? TimeKind.Date : TimeKind.Recurring;
            return Make(kind, raw, null, Day(plain, 1, 2, 3, referenceYear), !plain.Groups[3].Success);
        }

        var yearOnly = YearRegex().Match(text);
        if (yearOnly.Success)
        {
            return Period(TimeKind.ContinuousInYear, raw, yearOnly.Groups[1], referenceYear, 1, 12);
        }

        return new TimeParseResult(null, "time-unrecognised");
    }

    private static TimeParseResult Make(TimeKind kind, string raw, DateOnly? start, (DateOnly? Date, string? Error, string? Detail) end, bool implied) =>
        end.Error is not null
            ? new TimeParseResult(null, end.Error, end.Detail)
            : new TimeParseResult(new TimeValue(kind, raw, start, end.Date!.Value, implied), null);

    private static TimeParseResult Period(TimeKind kind, string raw, Group yearGroup, int? referenceYear, int fromMonth, int toMonth)
    {
        var year = yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : referenceYear;
        if (year is null or < 1 or > 9999)
        {
            return new TimeParseResult(null, "time-no-year", raw);
        }

        var start = new DateOnly(year.Value, fromMonth, 1);
        var end = new DateOnly(year.Value, toMonth, DateTime.DaysInMonth(year.Value, toMonth));
        return new TimeParseResult(new TimeValue(kind, raw, start, end, !yearGroup.Success), null);
    }

    private static (DateOnly? Date, string? Error, string? Detail) Day(Match m, int dayGroup, int monthGroup, int yearGroup, int? referenceYear)
    {
        var day = int.Parse(m.Groups[dayGroup].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[monthGroup].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups[yearGroup].Success ? int.Parse(m.Groups[yearGroup].Value, CultureInfo.InvariantCulture) : referenceYear;
        if (year is null)
        {
            return (null, "time-no-year", $"{day}/{month}");
        }

        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return (null, "time-not-real", $"{day}/{month}/{year}");
        }

        return (new DateOnly(year.Value, month, day), null, null);
    }
}
