using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Tests.Subscriptions;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Pages;

/// <summary>
/// Staff read every time in the site's time zone, named, in one format. The site here is in Tokyo,
/// nine hours from UTC all year, so a time left in UTC cannot pass for local.
/// </summary>
public class StaffTimesTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>, IAsyncLifetime
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public async Task InitializeAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        (await scope.Db.SiteSettings.SingleAsync()).TimeZone = Tokyo.Id;
        await scope.Db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Article_list_audit_log_and_subscriber_pages_give_times_in_the_sites_zone_by_name()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        await using (var scope = site.Factory.OpenDatabase())
        {
            await scope.Get<AuditLog>().RecordAsync(AuditAction.SettingsChanged, "Time zone test", null, "Tester");
        }
        var subscriberId = await site.Factory.SeedSubscriberAsync("tokyo.reader@example.org", SubscriberStatus.Active);
        DateTimeOffset lastChange, audited, subscribed;
        await using (var scope = site.Factory.OpenDatabase())
        {
            lastChange = await scope.Db.Articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Select(a => a.UpdatedAt).FirstAsync();
            audited = await scope.Db.AuditEntries.Where(e => e.Subject == "Time zone test").Select(e => e.At).SingleAsync();
            subscribed = await scope.Db.Subscribers.Where(s => s.Id == subscriberId).Select(s => s.CreatedAt).SingleAsync();
        }

        var articles = await PageTextAsync(admin, "/admin/articles");
        var audit = await PageTextAsync(admin, "/admin/audit");
        var subscribers = await PageTextAsync(admin, "/admin/subscribers?q=tokyo.reader");
        var details = await PageTextAsync(admin, $"/admin/subscribers/{subscriberId}");

        Assert.Contains(Shown(lastChange), articles, StringComparison.Ordinal);
        Assert.Contains(Shown(audited), audit, StringComparison.Ordinal);
        Assert.Contains(Shown(subscribed), subscribers, StringComparison.Ordinal);
        Assert.Contains(Shown(subscribed), details, StringComparison.Ordinal);
        Assert.All([articles, audit, subscribers, details], text => Assert.DoesNotContain("UTC", text, StringComparison.Ordinal));
    }

    private static string Shown(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Tokyo).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " Asia/Tokyo";

    private static async Task<string> PageTextAsync(HttpClient browser, string path) =>
        Html.OneLine((await Html.ParseAsync(await browser.GetAsync(path))).QuerySelector("main")!.TextContent);
}
