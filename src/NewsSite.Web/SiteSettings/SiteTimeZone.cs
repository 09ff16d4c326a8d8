namespace NewsSite.Web.SiteSettings;

/// <summary>The site's IANA time zone, and how wall-clock times in it become instants.</summary>
public static class SiteTimeZone
{
    /// <summary>Resolves the zone, falling back to UTC for a name this machine does not know.</summary>
    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        return TimeZoneInfo.Utc;
    }

    /// <summary>
    /// The instant a wall-clock time in <paramref name="zone"/> stands for (its kind is ignored).
    /// A time the clocks skip when they go forward has none, and false is returned. A time that
    /// happens twice when the clocks go back is taken at its first occurrence, with the earlier
    /// (summer) offset: 01:30 on the night British Summer Time ends is 00:30 UTC, not 01:30 UTC,
    /// so nothing scheduled for it goes out later than its editor can have meant.
    /// </summary>
    public static bool TryToInstant(DateTime localTime, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            instant = default;
            return false;
        }
        // The larger offset of the two is the one in force first.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        // In UTC, the only offset PostgreSQL's timestamptz takes from Npgsql.
        instant = new DateTimeOffset(local, offset).ToUniversalTime();
        return true;
    }
}
