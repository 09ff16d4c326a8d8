using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsSite.Web.Infrastructure;

/// <summary>
/// Where a newest-first list continues: the time and id of the last row shown. Lists read the
/// rows strictly before it from an index, so every page costs the same however deep it is,
/// where a page number would make the database count past every row before it. Written in
/// addresses as <c>{microseconds since 1970}_{id}</c>; PostgreSQL keeps times to the microsecond.
/// </summary>
public readonly record struct KeysetCursor(DateTimeOffset Time, int Id)
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private static readonly long MaxMicroseconds = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;
    private static readonly long MinMicroseconds = (DateTimeOffset.MinValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;

    public override string ToString() =>
        ((Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture) + "_" +
        Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a cursor this type wrote; anything else (a junk or edited address) is not a cursor.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out KeysetCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('_');
        if (parts is not { Length: 2 }
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var microseconds)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || microseconds < MinMicroseconds || microseconds > MaxMicroseconds)
        {
            return false;
        }
        cursor = new KeysetCursor(DateTimeOffset.UnixEpoch.AddTicks(microseconds * TicksPerMicrosecond), id);
        return true;
    }
}
