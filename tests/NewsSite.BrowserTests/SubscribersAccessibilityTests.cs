using Deque.AxeCore.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.BrowserTests;

/// <summary>axe-core finds no serious or critical problem on the subscribers pages, chart and consent history included.</summary>
public class SubscribersAccessibilityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Subscribers_pages_have_no_serious_or_critical_accessibility_violations()
    {
        var subscriberId = await SubscriberWithHistoryAsync();
        var page = await site.SignedInPageAsync(await site.Factory.AddStaffAsync(StaffRoles.Admin));
        var found = new List<string>();

        foreach (var path in (string[])["/admin/subscribers", $"/admin/subscribers/{subscriberId}", "/admin/subscribers/import", "/admin/subscribers/activity?days=90"])
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            found.AddRange((await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
        }

        Assert.Empty(found);
    }

    private async Task<long> SubscriberWithHistoryAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        var subscriber = new Subscriber { Email = $"reader-{Guid.NewGuid():N}@example.org", Status = SubscriberStatus.Unsubscribed, LinkKey = "k", CreatedAt = DateTimeOffset.UtcNow };
        scope.Db.ConsentRecords.Add(new ConsentRecord { Subscriber = subscriber, Action = ConsentAction.Granted, RecordedAt = DateTimeOffset.UtcNow.AddDays(-2), Evidence = new ConsentEvidence { IpAddress = "192.0.2.1", UserAgent = "Firefox" } });
        scope.Db.ConsentRecords.Add(new ConsentRecord { Subscriber = subscriber, Action = ConsentAction.Withdrawn, RecordedAt = DateTimeOffset.UtcNow });
        await scope.Db.SaveChangesAsync();
        return subscriber.Id;
    }
}
