using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class SubscriberActivityTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Days_count_the_ledger_rows_of_each_day_in_the_sites_time_zone()
    {
        // Noon in Auckland (UTC+12 or +13), where a day starts at 11:00 or 12:00 UTC the day before; the
        // fixture's clock started at the real time, so "today" is taken from it and only moved forward.
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Clock.GetUtcNow(), auckland).DateTime).AddDays(1);
        site.Clock.SetUtcNow(InAuckland(today, 12, 0));
        await SetTimeZoneAsync("Pacific/Auckland");
        var lateEvening = InAuckland(today.AddDays(-9), 12, 30);
        var morning = InAuckland(today.AddDays(-9), 22, 0);
        var pastMidnight = InAuckland(today.AddDays(-8), 0, 30);
        await site.Factory.SeedSubscriberAsync(Subscribing.NewAddress(), SubscriberStatus.Active,
            new(ConsentAction.Granted, lateEvening), new(ConsentAction.Confirmed, pastMidnight));
        await site.Factory.SeedSubscriberAsync(Subscribing.NewAddress(), SubscriberStatus.Unsubscribed,
            new(ConsentAction.Granted, morning), new(ConsentAction.PreferencesChanged, morning), new(ConsentAction.Withdrawn, morning.AddDays(3)));
        await site.Factory.SeedSubscriberAsync(Subscribing.NewAddress(), SubscriberStatus.Active,
            new SeededConsent(ConsentAction.Granted, morning.AddDays(-40)));
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var page = await Html.ParseAsync(await admin.GetAsync("/admin/subscribers/activity?days=30"));

        var days = page.QuerySelectorAll("table.activity-table tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => (New: r.Children[1].TextContent, Confirmed: r.Children[2].TextContent, Unsubscribed: r.Children[3].TextContent));
        Assert.Equal(30, days.Count);
        Assert.Equal((Day(today.AddDays(-29)), Day(today)), (days.Keys.Min(), days.Keys.Max()));
        Assert.Equal(("2", "0", "0"), days[Day(today.AddDays(-9))]);
        Assert.Equal(("0", "1", "0"), days[Day(today.AddDays(-8))]);
        Assert.Equal(("0", "0", "1"), days[Day(today.AddDays(-6))]);
        var chart = page.QuerySelector("svg[role=img]")!;
        Assert.Equal("Totals over the period: New subscribers: 2; Confirmations: 1; Unsubscribes: 1. The table below gives every day.", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(3, chart.QuerySelectorAll("polyline").Length);
    }

    private static DateTimeOffset InAuckland(DateOnly day, int hour, int minute)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland").GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task SetTimeZoneAsync(string zone)
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            var settings = await scope.Db.SiteSettings.SingleOrDefaultAsync();
            if (settings is null)
            {
                settings = new NewsSite.Web.SiteSettings.SiteSettings { SiteName = "NewsSite" };
                scope.Db.SiteSettings.Add(settings);
            }
            settings.TimeZone = zone;
            await scope.Db.SaveChangesAsync();
        }
        site.Factory.Services.GetRequiredService<SiteChrome>().Forget();
    }
}
