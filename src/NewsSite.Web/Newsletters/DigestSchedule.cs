using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters;

/// <summary>
/// When each digest goes out, in the site's time zone: the daily one at <see cref="TimeOfDay"/>,
/// the weekly one on <see cref="DayOfWeek"/> at that time. One row per frequency.
/// </summary>
public class DigestSchedule
{
    public DigestFrequency Frequency { get; set; }
    public bool Enabled { get; set; } = true;
    public TimeOnly TimeOfDay { get; set; } = new(7, 0);

    /// <summary>For the weekly digest only.</summary>
    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>Release the edition as soon as it is made, or wait for an editor to release it.</summary>
    public bool ReleaseAutomatically { get; set; } = true;
}
