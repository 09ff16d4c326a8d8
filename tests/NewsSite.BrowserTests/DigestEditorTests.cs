using Microsoft.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.BrowserTests;

/// <summary>An editor's digest, in a browser, with the site's own background sender delivering it to an SMTP server inside the test.</summary>
public class DigestEditorTests(SubscriberBrowserFixture site) : IClassFixture<SubscriberBrowserFixture>
{
    private const int Readers = 3;

    [Fact]
    public async Task Editor_previews_the_next_digest_sends_a_test_releases_it_and_watches_it_go_out()
    {
        var editor = await site.Factory.AddStaffAsync(StaffRoles.Editor);
        var (edition, firstTitle) = await NextDigestAsync();
        var page = await site.SignedInPageAsync(editor);

        await page.GotoAsync($"/admin/digests/{edition}");
        await Assertions.Expect(page.FrameLocator("iframe.digest-preview").Locator("body")).ToContainTextAsync(firstTitle);
        await Assertions.Expect(page.Locator("pre.digest-text-preview")).ToContainTextAsync(firstTitle);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test to me" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"A test was sent to {editor}.");
        var test = Assert.Single(site.Smtp.Messages, m => m.To.Mailboxes.Single().Address == editor);
        Assert.StartsWith("[Test] ", test.Subject, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Release to subscribers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The edition is going out");
        // Only the script updates the counts in place: the page is not reloaded.
        await Assertions.Expect(page.Locator("[data-progress=percent]")).ToHaveTextAsync("100", new() { Timeout = 30_000 });
        var bar = page.Locator("progress");
        Assert.Equal(await bar.EvaluateAsync<double>("p => p.max"), await bar.EvaluateAsync<double>("p => p.value"));
        Assert.Equal($"{Readers}", await page.Locator("dd[data-progress=sent]").TextContentAsync());
    }

    /// <summary>Confirmed daily readers, and a draft of today's digest that starts with a story published a minute ago.</summary>
    private async Task<(long Edition, string FirstTitle)> NextDigestAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var article = TestArticles.Published($"Night ferry trial starts {Guid.NewGuid():N}", publishedAt: now.AddMinutes(-1));
        await site.Factory.AddAsync(article);
        await using var scope = site.Factory.OpenDatabase();
        for (var i = 0; i < Readers; i++)
        {
            scope.Db.Subscribers.Add(new Subscriber
            {
                Email = $"reader-{Guid.NewGuid():N}@example.org", Status = SubscriberStatus.Active, Frequency = DigestFrequency.Daily,
                LinkKey = SubscriptionTokens.NewLinkKey(), Source = "footer", CreatedAt = now, ConfirmedAt = now,
            });
        }
        await scope.Db.SaveChangesAsync();
        var period = new DigestPeriod(DigestFrequency.Daily, DigestPeriod.KeyFor(DigestFrequency.Daily, DateOnly.FromDateTime(now.UtcDateTime)), now);
        var edition = await scope.Get<EditionBuilder>().EnsureAsync(period);
        return (edition.Id, article.Title);
    }
}
