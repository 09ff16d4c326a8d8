using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>When a schedule's editions fall, in the site's time zone, whatever the clocks do.</summary>
public static class SchedulePeriods
{
    /// <summary>The latest period of <paramref name="schedule"/> whose moment is not after <paramref name="now"/>.</summary>
    public static DigestPeriod Latest(DigestSchedule schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        // Today's moment may still be ahead; a weekly one fell within the last eight days.
        for (var day = today; day >= today.AddDays(-8); day = day.AddDays(-1))
        {
            if (schedule.Frequency == Subscriptions.DigestFrequency.Weekly && day.DayOfWeek != schedule.DayOfWeek)
            {
                continue;
            }
            var moment = MomentOn(day, schedule.TimeOfDay, zone);
            if (moment <= now)
            {
                return new DigestPeriod(schedule.Frequency, DigestPeriod.KeyFor(schedule.Frequency, day), moment);
            }
        }
        throw new InvalidOperationException("A schedule has a moment in every eight days.");
    }

    /// <summary>
    /// The instant of <paramref name="time"/> on <paramref name="day"/>. A time the clocks skip
    /// goes at the first moment after the gap (02:30 on the spring-forward night in a zone that
    /// jumps from 02:00 to 03:00 goes at 03:00); a repeated time is its first occurrence.
    /// </summary>
    public static DateTimeOffset MomentOn(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        DateTimeOffset instant;
        // Gaps are whole minutes (an hour, in practice), so stepping by minutes lands on their end.
        while (!SiteTimeZone.TryToInstant(local, zone, out instant))
        {
            local = local.AddMinutes(1);
        }
        return instant;
    }
}
