using System.Globalization;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// The period an edition covers: its key (unique per frequency, so an edition is made once) and
/// the moment it ends, when the edition is made. It starts where the previous edition ended.
/// </summary>
public sealed record DigestPeriod(DigestFrequency Frequency, string PeriodKey, DateTimeOffset Until)
{
    /// <summary>How far back the first edition of a frequency reaches, having no previous one to follow.</summary>
    public TimeSpan Length => Frequency == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    /// <summary>An edition an editor asked for now, outside the schedule.</summary>
    public static DigestPeriod OnDemand(DigestFrequency frequency, DateTimeOffset now) =>
        new(frequency, "now-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture), now);

    /// <summary>The key of a scheduled period, from the local date of its moment: <c>2030-03-31</c> or the ISO week <c>2030-W13</c>.</summary>
    public static string KeyFor(DigestFrequency frequency, DateOnly localDate)
    {
        if (frequency == DigestFrequency.Daily)
        {
            return localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var day = localDate.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
