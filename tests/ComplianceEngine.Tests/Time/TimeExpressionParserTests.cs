using ComplianceEngine.Core.Time;

namespace ComplianceEngine.Tests.Time;

/// <summary>Timelines written as several phrases, lists of quarters and the Action Month (examples written for these tests).</summary>
public sealed class TimeExpressionParserTests
{
    [Theory]
    // A campaign and the report after it: the timeline ends with the report.
    [InlineData("từ ngày 20/11 đến ngày 10/12/2026; trước ngày 18/12/2026", "Deadline", "2026-12-18")]
    // A list of quarters runs to the end of the last one, in the year written last.
    [InlineData("quý I, quý II/2027", "Quarter", "2027-06-30")]
    [InlineData("quý II và quý IV/2027", "Quarter", "2027-12-31")]
    // The national Action Month runs 15/11–15/12 of the plan's year.
    [InlineData("trong thời gian Tháng hành động", "Range", "2026-12-15")]
    public void Timeline_EndsOnItsLastDay(string raw, string kind, string end)
    {
        var value = TimeExpressionParser.Parse(raw, 2026).Value;

        Assert.NotNull(value);
        Assert.Equal((kind, end), (value!.Kind.ToString(), value.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DeadlinesSpreadOverTheYear_AreASchedule()
    {
        // The six-month report by early June and the annual one by November: a periodic duty, not one finish.
        var value = TimeExpressionParser.Parse("trước ngày 08/6/2026; trước ngày 12/11/2026", 2026).Value;

        Assert.Equal(TimeKind.Recurring, value!.Kind);
    }

    [Fact]
    public void TwoCloseDeadlines_AreOneFinish()
    {
        var value = TimeExpressionParser.Parse("trước ngày 05/3/2026; trước ngày 20/3/2026", 2026).Value;

        Assert.Equal((TimeKind.Deadline, new DateOnly(2026, 3, 20)), (value!.Kind, value.End));
    }
}
