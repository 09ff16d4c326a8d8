using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using NewsSite.Web.Subscriptions;

namespace NewsSite.BrowserTests;

/// <summary>A reader's whole subscription, in a browser, with the emails the site really sends.</summary>
public partial class SubscriberJourneyTests(SubscriberBrowserFixture site) : IClassFixture<SubscriberBrowserFixture>
{
    private const string Article = "/local/harbour-authority-approves-night-ferry-trial";

    [Fact]
    public async Task Reader_subscribes_confirms_changes_preferences_unsubscribes_downloads_and_erases_their_data()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var page = await site.NewPageAsync();
        await page.GotoAsync(Article);
        var box = page.Locator("[aria-labelledby=subscribe-article-heading]");
        await box.GetByLabel("Email address").FillAsync(email);
        await box.GetByLabel("Weekly").CheckAsync();
        await box.GetByLabel("By pressing the Subscribe button", new() { Exact = false }).CheckAsync();
        await box.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your inbox");

        var confirmation = await MessageToAsync(email, "Confirm your subscription");
        await page.GotoAsync(LinkIn(confirmation, "/subscribe/confirm/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my subscription" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your subscription is confirmed. Welcome!");
        var manage = page.Url;

        await page.Locator("main").GetByLabel("Daily").CheckAsync();
        await page.Locator("main").GetByLabel("Business").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your choices are saved.");
        await Assertions.Expect(page.Locator("main").GetByLabel("Business")).ToBeCheckedAsync();

        // The link every digest carries, one click and done.
        await page.GotoAsync(await UnsubscribeLinkAsync(email));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You are unsubscribed");
        await page.GotoAsync(manage);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("is unsubscribed");

        await page.GotoAsync(SubscriberLinks.PrivacyCentrePath);
        await page.Locator("main").GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If we hold data about this address");
        await page.GotoAsync(LinkIn(await MessageToAsync(email, "Your data at"), "/privacy-centre/"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync());
        using (var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)))
        {
            Assert.Equal(email, data.RootElement.GetProperty("email").GetString());
            Assert.Equal(["Granted", "Confirmed", "PreferencesChanged", "Withdrawn"],
                data.RootElement.GetProperty("consentHistory").EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        }
        await page.GetByLabel("I understand that my subscription and my data will be erased for good.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase my data" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your data is erased");

        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Subscribers.AnyAsync(s => s.Email == email));
    }

    private async Task<MimeMessage> MessageToAsync(string email, string subjectStart)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (site.Smtp.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)) is { } message)
            {
                return message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No email \"{subjectStart}…\" arrived.");
    }

    private static string LinkIn(MimeMessage message, string path) =>
        LinkPattern().Matches(message.TextBody ?? "").Select(m => m.Value).Single(link => new Uri(link).AbsolutePath.StartsWith(path, StringComparison.Ordinal));

    private async Task<string> UnsubscribeLinkAsync(string email)
    {
        await using var scope = site.Factory.OpenDatabase();
        return SubscriberLinks.UnsubscribePath(await scope.Db.Subscribers.SingleAsync(s => s.Email == email));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
