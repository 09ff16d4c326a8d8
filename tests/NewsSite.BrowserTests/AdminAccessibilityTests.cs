using Deque.AxeCore.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.BrowserTests;

/// <summary>axe-core finds no serious or critical problem on the admin area's pages, as an Admin sees them.</summary>
public class AdminAccessibilityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private static readonly string[] AdminPages =
    [
        "/admin",
        "/admin/articles",
        "/admin/articles/edit",
        "/admin/articles/edit/1",
        "/admin/articles/1/revisions",
        "/admin/articles/1/preview",
        "/admin/tags",
        "/admin/authors",
        "/admin/authors/edit",
        "/admin/pages",
        "/admin/subscribers",
        "/admin/subscribers/import",
        "/admin/subscribers/activity?days=90",
        "/admin/media",
        "/admin/sections",
        "/admin/users",
        "/admin/settings",
        "/admin/audit",
        "/admin/account/two-factor",
    ];

    [Fact]
    public async Task Sign_in_page_has_no_serious_or_critical_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(AdminPaths.SignIn);

        Assert.Empty(await SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Admin_pages_have_no_serious_or_critical_accessibility_violations()
    {
        var consentHistory = $"/admin/subscribers/{await SubscriberWithHistoryAsync()}";
        var page = await site.SignedInPageAsync(await site.Factory.AddStaffAsync(StaffRoles.Admin));
        var found = new List<string>();

        foreach (var path in AdminPages.Append(consentHistory))
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            found.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
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

    /// <summary>
    /// Frames are left out: the editor's preview pane is a frame that may run no script (it shows
    /// the public article page's markup, which the public pages' own checks cover), and axe waits
    /// for every frame to answer.
    /// </summary>
    private static async Task<List<string>> SeriousViolationsAsync(Microsoft.Playwright.IPage page) =>
        (await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions { Iframes = false })).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
}
