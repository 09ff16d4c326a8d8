using System.Globalization;

namespace NewsSite.Web.Search;

/// <summary>
/// Where a page of results ends (or begins): the result's tier and its place in newest-first
/// order. The next page continues from it, so the hundredth page costs what the first does.
/// Written in links as <c>tier-microseconds-id</c>; anything else reads as no cursor.
/// </summary>
public sealed record SearchCursor(MatchTier Tier, DateTimeOffset PublishedAt, int Id)
{
    private static readonly long UnixEpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(int)Tier}-{(PublishedAt.UtcTicks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond}-{Id}");

    public static SearchCursor? Parse(string? text)
    {
        var parts = (text ?? "").Split('-');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tier) && Enum.IsDefined((MatchTier)tier)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var microseconds)
            && microseconds < (DateTimeOffset.MaxValue.UtcTicks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new SearchCursor((MatchTier)tier, new DateTimeOffset(UnixEpochTicks + microseconds * TimeSpan.TicksPerMicrosecond, TimeSpan.Zero), id)
            : null;
    }
}

/// <summary>How well an article matches, best first; within a tier, newer comes first.</summary>
public enum MatchTier
{
    /// <summary>Written by the author the query names.</summary>
    Author = 0,

    /// <summary>The query matches the headline.</summary>
    Title = 1,

    /// <summary>The query matches the summary or the body only.</summary>
    Text = 2,
}
