using NewsSite.Web.SiteSettings;

namespace NewsSite.Tests.SiteSettings;

public class SiteTimeZoneTests
{
    private static readonly TimeZoneInfo London = SiteTimeZone.Find("Europe/London");
    private static readonly TimeZoneInfo NewYork = SiteTimeZone.Find("America/New_York");

    [Fact]
    public void Skipped_time_has_no_instant()
    {
        Assert.False(SiteTimeZone.TryToInstant(new DateTime(2031, 3, 30, 1, 0, 0), London, out _));
        Assert.False(SiteTimeZone.TryToInstant(new DateTime(2031, 3, 9, 2, 30, 0), NewYork, out _));
    }

    [Fact]
    public void Repeated_time_is_its_first_occurrence()
    {
        Assert.True(SiteTimeZone.TryToInstant(new DateTime(2030, 10, 27, 1, 0, 0), London, out var london));
        Assert.True(SiteTimeZone.TryToInstant(new DateTime(2030, 11, 3, 1, 30, 0), NewYork, out var newYork));

        Assert.Equal(new DateTimeOffset(2030, 10, 27, 0, 0, 0, TimeSpan.Zero), london);
        Assert.Equal(new DateTimeOffset(2030, 11, 3, 5, 30, 0, TimeSpan.Zero), newYork);
    }

    [Fact]
    public void Instants_are_in_utc()
    {
        Assert.True(SiteTimeZone.TryToInstant(new DateTime(2030, 7, 1, 12, 0, 0, DateTimeKind.Local), London, out var instant));

        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(new DateTime(2030, 7, 1, 11, 0, 0), instant.DateTime);
    }
}
