using System.Globalization;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>Period keys and scheduled moments, worked out in Europe/London.</summary>
public class SchedulePeriodsTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData(DigestFrequency.Daily, "2030-03-31", "2030-03-31")]
    [InlineData(DigestFrequency.Weekly, "2030-03-31", "2030-W13")]
    [InlineData(DigestFrequency.Weekly, "2030-12-29", "2030-W52")]
    [InlineData(DigestFrequency.Weekly, "2030-12-30", "2031-W01")]
    [InlineData(DigestFrequency.Weekly, "2027-01-02", "2026-W53")]
    public void Period_key_is_the_local_date_or_its_ISO_week(DigestFrequency frequency, string date, string key) =>
        Assert.Equal(key, DigestPeriod.KeyFor(frequency, DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Period_key_is_the_date_in_the_site_time_zone_not_in_UTC()
    {
        var schedule = new DigestSchedule { Frequency = DigestFrequency.Daily, TimeOfDay = new TimeOnly(0, 30) };

        // 00:30 British Summer Time on 1 July is still 30 June in UTC.
        var period = SchedulePeriods.Latest(schedule, London, new DateTimeOffset(2030, 6, 30, 23, 45, 0, TimeSpan.Zero));

        Assert.Equal(new DigestPeriod(DigestFrequency.Daily, "2030-07-01", new DateTimeOffset(2030, 6, 30, 23, 30, 0, TimeSpan.Zero)), period);
    }

    [Theory]
    [InlineData("2030-03-30", "2030-03-30T07:00:00Z")] // the day before the clocks go forward: GMT
    [InlineData("2030-03-31", "2030-03-31T06:00:00Z")] // the day they go forward: 07:00 BST
    [InlineData("2030-10-27", "2030-10-27T07:00:00Z")] // the day they go back: 07:00 GMT
    public void Seven_in_the_morning_is_seven_local_on_the_days_the_clocks_change(string day, string expected)
    {
        var moment = SchedulePeriods.MomentOn(DateOnly.Parse(day, CultureInfo.InvariantCulture), new TimeOnly(7, 0), London);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), moment);
    }

    [Fact]
    public void Time_the_clocks_skip_goes_at_the_end_of_the_gap_and_a_repeated_time_at_its_first_occurrence()
    {
        var halfPastOne = new TimeOnly(1, 30);

        // 01:00 GMT becomes 02:00 BST on 31 March 2030: 01:30 does not exist; 02:00 BST is 01:00 UTC.
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 1, 0, 0, TimeSpan.Zero), SchedulePeriods.MomentOn(new DateOnly(2030, 3, 31), halfPastOne, London));
        // 02:00 BST becomes 01:00 GMT on 27 October 2030: 01:30 happens at 00:30 and 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2030, 10, 27, 0, 30, 0, TimeSpan.Zero), SchedulePeriods.MomentOn(new DateOnly(2030, 10, 27), halfPastOne, London));
    }

    [Theory]
    [InlineData("2030-06-07T12:00:00Z", "2030-W22", "2030-06-01T07:00:00Z")] // Friday: last Saturday's
    [InlineData("2030-06-08T06:59:00Z", "2030-W22", "2030-06-01T07:00:00Z")] // Saturday, 07:59 BST: still last week's
    [InlineData("2030-06-08T07:00:00Z", "2030-W23", "2030-06-08T07:00:00Z")] // Saturday, 08:00 BST: this week's
    public void Weekly_edition_falls_on_its_day(string now, string key, string until)
    {
        var schedule = new DigestSchedule { Frequency = DigestFrequency.Weekly, DayOfWeek = DayOfWeek.Saturday, TimeOfDay = new TimeOnly(8, 0) };

        var period = SchedulePeriods.Latest(schedule, London, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        Assert.Equal(key, period.PeriodKey);
        Assert.Equal(DateTimeOffset.Parse(until, CultureInfo.InvariantCulture), period.Until);
    }
}
