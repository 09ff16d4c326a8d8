using System.Net;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class ConfirmationTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Opening_the_link_confirms_nobody_and_pressing_confirm_does_once()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));
        var link = await site.Factory.LinkSentToAsync(email, "/subscribe/confirm/");

        var opened = await reader.GetAsync(link);
        var afterOpening = (await site.Factory.SubscriberAsync(email)).Status;
        var confirmed = await reader.SendFormAsync(link, []);
        var replayed = await reader.SendFormAsync(link, []);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-store", opened.Headers.CacheControl!.ToString());
        Assert.NotNull((await Html.ParseAsync(opened)).QuerySelector("form button"));
        Assert.Equal(SubscriberStatus.Pending, afterOpening);
        var subscriber = await site.Factory.SubscriberAsync(email);
        Assert.Equal(SubscriberStatus.Active, subscriber.Status);
        Assert.Equal(SubscriberLinks.ManagePath(subscriber) + "?confirmed=true", confirmed.Headers.Location!.OriginalString);
        Assert.Equal("This link does not work", (await Html.ParseAsync(replayed)).QuerySelector("h1")!.TextContent);
        var ledger = await site.Factory.LedgerAsync(subscriber.Id);
        Assert.Equal([ConsentAction.Granted, ConsentAction.Confirmed], ledger.Select(r => r.Action));
        Assert.Equal(ConsentMethod.ConfirmationLink, ledger[1].Method);
        Assert.Equal((ledger[0].PrivacyPolicyVersionId, ledger[0].TermsVersionId, ledger[0].WordingSha256), (ledger[1].PrivacyPolicyVersionId, ledger[1].TermsVersionId, ledger[1].WordingSha256));
    }

    [Fact]
    public async Task Forged_link_is_told_it_does_not_work_and_changes_nothing()
    {
        var reader = site.Factory.Reader();

        var opened = await Html.ParseAsync(await reader.GetAsync("/subscribe/confirm/forged-token-value"));
        var pressed = await Html.ParseAsync(await reader.SendFormAsync("/subscribe/confirm/forged-token-value", []));

        Assert.Equal("This link does not work", opened.QuerySelector("h1")!.TextContent);
        Assert.Equal("This link does not work", pressed.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Expired_link_offers_a_new_email_whose_link_then_works()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));
        var expired = await site.Factory.LinkSentToAsync(email, "/subscribe/confirm/");
        site.Clock.Advance(TimeSpan.FromDays(8));

        var opened = await Html.ParseAsync(await reader.GetAsync(expired));
        var pressedAnyway = await Html.ParseAsync(await reader.SendFormAsync(expired, []));
        var resent = await Html.ParseAsync(await reader.SendFormAsync(expired + "?handler=Resend", []));
        var fresh = await site.Factory.LinkSentToAsync(email, "/subscribe/confirm/");
        await reader.SendFormAsync(fresh, []);

        Assert.Equal("This link has expired", opened.QuerySelector("h1")!.TextContent);
        Assert.Equal("This link has expired", pressedAnyway.QuerySelector("h1")!.TextContent);
        Assert.Equal("A new link is on its way", resent.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(expired, fresh);
        Assert.Equal(SubscriberStatus.Active, (await site.Factory.SubscriberAsync(email)).Status);
        Assert.Equal(2, (await site.Factory.EmailsToAsync(email)).Count);
    }
}
