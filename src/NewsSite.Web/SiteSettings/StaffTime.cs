using System.Globalization;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// How staff read a moment, on every admin page and in every notice: wall-clock time in the site's
/// time zone, to the minute, with the zone named ("2026-12-06 17:43 Europe/London"), so nobody
/// has to guess whether a time is UTC or their own computer's.
/// </summary>
public static class StaffTime
{
    public static string Format(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zone.Id}";
    }
}
