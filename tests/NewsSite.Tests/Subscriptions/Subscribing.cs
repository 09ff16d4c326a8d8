using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

/// <summary>What a reader does with the subscription forms, and what a test reads back afterwards.</summary>
public static partial class Subscribing
{
    public const string UserAgent = "Mozilla/5.0 (NewsSite tests)";

    /// <summary>A browser without cookies that names itself and posts from the site's own pages, as a reader's would.</summary>
    public static HttpClient Reader(this NewsSiteFactory factory)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        browser.DefaultRequestHeaders.Add("Origin", "http://localhost");
        return browser;
    }

    /// <summary>The fields of the subscribe box as the footer shows it, filled in with <paramref name="email"/>.</summary>
    public static async Task<Dictionary<string, string>> FooterFormAsync(this HttpClient reader, string email, string path = "/")
    {
        var page = await Html.ParseAsync(await reader.GetAsync(path));
        var form = page.QuerySelector("footer form.subscribe-box__form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Email"] = email;
        fields["Frequency"] = "Weekly";
        fields["Consent"] = "true";
        fields["Website"] = "";
        return fields;
    }

    public static Task<HttpResponseMessage> SendFormAsync(this HttpClient reader, string path, Dictionary<string, string> fields) =>
        reader.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>Subscribes from the footer and confirms through the emailed link; returns the subscriber.</summary>
    public static async Task<Subscriber> ConfirmedSubscriberAsync(this NewsSiteFactory factory, string email)
    {
        var reader = factory.Reader();
        await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));
        await reader.SendFormAsync(await factory.LinkSentToAsync(email, "/subscribe/confirm/"), []);
        return await factory.SubscriberAsync(email);
    }

    public static async Task<Subscriber> SubscriberAsync(this NewsSiteFactory factory, string email)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.Subscribers.AsNoTracking().SingleAsync(s => s.Email == email);
    }

    public static async Task<List<ConsentRecord>> LedgerAsync(this NewsSiteFactory factory, long subscriberId)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.ConsentRecords.AsNoTracking().Include(r => r.Evidence).Where(r => r.SubscriberId == subscriberId).OrderBy(r => r.Id).ToListAsync();
    }

    public static async Task<List<Web.Email.Outbox.OutboxMessage>> EmailsToAsync(this NewsSiteFactory factory, string email)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == email).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The path of the newest link starting with <paramref name="pathPrefix"/> in the emails to <paramref name="email"/>.</summary>
    public static async Task<string> LinkSentToAsync(this NewsSiteFactory factory, string email, string pathPrefix)
    {
        var links = (await factory.EmailsToAsync(email)).SelectMany(m => LinkPattern().Matches(m.TextBody)).Select(m => new Uri(m.Value).PathAndQuery);
        return links.Last(l => l.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    public static string NewAddress() => $"reader-{Guid.NewGuid():N}@example.org";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
