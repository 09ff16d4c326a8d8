using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class PreferencesTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Subscriber_changes_frequency_and_sections_pauses_and_resumes_and_each_step_is_recorded()
    {
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var reader = site.Factory.Reader();
        var manage = SubscriberLinks.ManagePath(subscriber);
        int[] sections;
        await using (var scope = site.Factory.OpenDatabase())
        {
            sections = await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToArrayAsync();
        }

        var page = await reader.GetAsync(manage);
        var saved = await Html.ParseAsync(await reader.SendFormAsync(manage + "?handler=Save", new()
        {
            ["Frequency"] = "Daily",
            ["SectionIds"] = sections[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var paused = await Html.ParseAsync(await reader.SendFormAsync(manage + "?handler=Pause", []));
        var pausedStatus = (await site.Factory.SubscriberAsync(subscriber.Email!)).Status;
        await reader.SendFormAsync(manage + "?handler=Resume", []);

        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        Assert.Equal("same-origin", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("Your choices are saved.", saved.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Your digest is paused. Resume it whenever you like.", paused.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(SubscriberStatus.Paused, pausedStatus);
        var now = await site.Factory.SubscriberAsync(subscriber.Email!);
        Assert.Equal((SubscriberStatus.Active, DigestFrequency.Daily), (now.Status, now.Frequency));
        Assert.Equal([sections[0]], now.SectionIds);
        var ledger = await site.Factory.LedgerAsync(subscriber.Id);
        Assert.Equal([ConsentAction.Granted, ConsentAction.Confirmed, ConsentAction.PreferencesChanged, ConsentAction.Paused, ConsentAction.Resumed], ledger.Select(r => r.Action));
        Assert.All(ledger.Skip(2), r => Assert.Equal(ConsentMethod.PreferencesLink, r.Method));
        Assert.Equal($"daily digest; sections {sections[0]}", ledger[2].Details);
    }

    [Fact]
    public async Task Unsubscribe_link_takes_effect_on_opening_and_offers_to_subscribe_again()
    {
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var reader = site.Factory.Reader();

        var page = await Html.ParseAsync(await reader.GetAsync(SubscriberLinks.UnsubscribePath(subscriber)));
        var manage = await Html.ParseAsync(await reader.GetAsync(SubscriberLinks.ManagePath(subscriber)));
        var form = manage.QuerySelector("form.subscription-form")!.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        form["Consent"] = "true";
        var back = await Html.ParseAsync(await reader.SendFormAsync(SubscriberLinks.ManagePath(subscriber) + "?handler=Resubscribe", form));

        Assert.Equal("You are unsubscribed", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Welcome back: your digest starts again.", back.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(SubscriberStatus.Active, (await site.Factory.SubscriberAsync(subscriber.Email!)).Status);
        var ledger = await site.Factory.LedgerAsync(subscriber.Id);
        Assert.Equal([ConsentAction.Granted, ConsentAction.Confirmed, ConsentAction.Withdrawn, ConsentAction.Resubscribed], ledger.Select(r => r.Action));
        Assert.Equal(ConsentMethod.UnsubscribeLink, ledger[2].Method);
        Assert.NotNull(ledger[3].WordingSha256);
    }

    [Fact]
    public async Task One_click_post_from_a_mail_program_unsubscribes_once()
    {
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        // Mail programs post without an Origin header and without cookies (RFC 8058).
        var mailProgram = site.Factory.CreateBrowser();
        var body = new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" };

        var first = await mailProgram.PostAsync(SubscriberLinks.UnsubscribePath(subscriber), new FormUrlEncodedContent(body));
        var second = await mailProgram.PostAsync(SubscriberLinks.UnsubscribePath(subscriber), new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(SubscriberStatus.Unsubscribed, (await site.Factory.SubscriberAsync(subscriber.Email!)).Status);
        var withdrawn = Assert.Single(await site.Factory.LedgerAsync(subscriber.Id), r => r.Action == ConsentAction.Withdrawn);
        Assert.Equal(ConsentMethod.OneClickHeader, withdrawn.Method);
    }

    [Fact]
    public async Task Forged_or_altered_personal_links_find_nothing()
    {
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var reader = site.Factory.Reader();
        var altered = $"/subscription/{subscriber.Id}-{new string('A', subscriber.LinkKey.Length)}";

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(altered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/unsubscribe/{subscriber.Id + 1000}-{subscriber.LinkKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.SendFormAsync("/unsubscribe/not-a-token", [])).StatusCode);
        Assert.Equal(SubscriberStatus.Active, (await site.Factory.SubscriberAsync(subscriber.Email!)).Status);
    }
}
