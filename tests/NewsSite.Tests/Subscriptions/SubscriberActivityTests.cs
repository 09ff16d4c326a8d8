using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class SubscriberActivityTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Days_count_the_ledger_rows_of_each_day_in_the_sites_time_zone()
    {
        // Noon on 30 November in Auckland (UTC+13 in summer), where a day starts at 11:00 UTC the day before.
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero));
        await SetTimeZoneAsync("Pacific/Auckland");
        var lateEvening = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero); // 21 November, 12:30 in Auckland
        var morning = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero); // 21 November, 22:00 in Auckland
        var pastMidnight = new DateTimeOffset(2026, 11, 21, 11, 30, 0, TimeSpan.Zero); // 22 November, 00:30 in Auckland
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
        Assert.Equal(("2026-11-01", "2026-11-30"), (days.Keys.Min(), days.Keys.Max()));
        Assert.Equal(("2", "0", "0"), days["2026-11-21"]);
        Assert.Equal(("0", "1", "0"), days["2026-11-22"]);
        Assert.Equal(("0", "0", "1"), days["2026-11-24"]);
        var chart = page.QuerySelector("svg[role=img]")!;
        Assert.Equal("Totals over the period: New subscribers: 2; Confirmations: 1; Unsubscribes: 1. The table below gives every day.", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(3, chart.QuerySelectorAll("polyline").Length);
    }

    private async Task SetTimeZoneAsync(string zone)
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            var settings = await scope.Db.SiteSettings.SingleOrDefaultAsync();
            if (settings is null)
            {
                settings = new SiteSettings { SiteName = "NewsSite" };
                scope.Db.SiteSettings.Add(settings);
            }
            settings.TimeZone = zone;
            await scope.Db.SaveChangesAsync();
        }
        site.Factory.Services.GetRequiredService<SiteChrome>().Forget();
    }
}
