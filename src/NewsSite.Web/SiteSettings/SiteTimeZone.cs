namespace NewsSite.Web.SiteSettings;

/// <summary>Resolves the site's IANA time zone, falling back to UTC for a name this machine does not know.</summary>
public static class SiteTimeZone
{
    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        return TimeZoneInfo.Utc;
    }
}
