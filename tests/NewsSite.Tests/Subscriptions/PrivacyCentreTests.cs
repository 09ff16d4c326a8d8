using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class PrivacyCentreTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task The_form_answers_the_same_for_known_and_unknown_addresses_and_only_the_known_one_gets_mail()
    {
        var known = (await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress())).Email!;
        var unknown = Subscribing.NewAddress();
        var reader = site.Factory.Reader();

        var forKnown = await Html.ParseAsync(await reader.SendFormAsync(SubscriberLinks.PrivacyCentrePath, new() { ["Email"] = known }));
        var forUnknown = await Html.ParseAsync(await reader.SendFormAsync(SubscriberLinks.PrivacyCentrePath, new() { ["Email"] = unknown }));
        var repeated = await Html.ParseAsync(await reader.SendFormAsync(SubscriberLinks.PrivacyCentrePath, new() { ["Email"] = known }));

        Assert.Equal(forKnown.QuerySelector("main")!.TextContent, forUnknown.QuerySelector("main")!.TextContent);
        Assert.Equal(forKnown.QuerySelector("main")!.TextContent, repeated.QuerySelector("main")!.TextContent);
        Assert.Single(await site.Factory.EmailsToAsync(known), m => m.Subject.StartsWith("Your data at", StringComparison.Ordinal));
        Assert.Empty(await site.Factory.EmailsToAsync(unknown));
    }

    [Fact]
    public async Task Subscriber_downloads_everything_held_about_them_including_their_consent_history()
    {
        var email = Subscribing.NewAddress();
        await site.Factory.ConfirmedSubscriberAsync(email);
        var link = await PrivacyLinkAsync(email);

        var download = await site.Factory.Reader().GetAsync(link + "?handler=Download");

        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        using var data = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal(email, data.RootElement.GetProperty("email").GetString());
        var history = data.RootElement.GetProperty("consentHistory").EnumerateArray().ToList();
        Assert.Equal(["Granted", "Confirmed"], history.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(Subscribing.UserAgent, history[0].GetProperty("userAgent").GetString());
        Assert.StartsWith(ConsentNotice.Lead, history[0].GetProperty("wording").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(data.RootElement.GetProperty("emails").EnumerateArray());
    }

    [Fact]
    public async Task Erasure_removes_personal_data_keeps_an_anonymous_ledger_and_suppresses_the_address()
    {
        var email = Subscribing.NewAddress();
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(email);
        var link = await PrivacyLinkAsync(email);
        var reader = site.Factory.Reader();

        var unsure = await Html.ParseAsync(await reader.SendFormAsync(link + "?handler=Erase", []));
        var erased = await Html.ParseAsync(await reader.SendFormAsync(link + "?handler=Erase", new() { ["sure"] = "true" }));
        var reused = await Html.ParseAsync(await reader.GetAsync(link));

        Assert.Equal("Tick the box to confirm that you want everything erased.", unsure.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Your data is erased", erased.QuerySelector("h1")!.TextContent);
        Assert.Equal("This link does not work", reused.QuerySelector("h1")!.TextContent);
        await using var scope = site.Factory.OpenDatabase();
        var tombstone = await scope.Db.Subscribers.SingleAsync(s => s.Id == subscriber.Id);
        Assert.Equal((null, "", SubscriberStatus.Erased), (tombstone.Email, tombstone.LinkKey, tombstone.Status));
        var ledger = await site.Factory.LedgerAsync(subscriber.Id);
        Assert.Equal([ConsentAction.Granted, ConsentAction.Confirmed, ConsentAction.Erased], ledger.Select(r => r.Action));
        Assert.All(ledger, r => Assert.Null(r.Evidence));
        Assert.Empty(await site.Factory.EmailsToAsync(email));
        var hash = await scope.Get<SuppressionList>().HashAsync(email);
        var suppressed = await scope.Db.SuppressedAddresses.SingleAsync(s => s.AddressHash == hash);
        Assert.Equal(SuppressionReason.Erased, suppressed.Reason);
        Assert.DoesNotContain(email, hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_link_expires_after_a_day()
    {
        var email = Subscribing.NewAddress();
        await site.Factory.ConfirmedSubscriberAsync(email);
        var link = await PrivacyLinkAsync(email);
        site.Clock.Advance(TimeSpan.FromHours(25));

        var page = await Html.ParseAsync(await site.Factory.Reader().GetAsync(link));

        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
    }

    private async Task<string> PrivacyLinkAsync(string email)
    {
        await site.Factory.Reader().SendFormAsync(SubscriberLinks.PrivacyCentrePath, new() { ["Email"] = email });
        return await site.Factory.LinkSentToAsync(email, SubscriberLinks.PrivacyCentrePath + "/");
    }
}
