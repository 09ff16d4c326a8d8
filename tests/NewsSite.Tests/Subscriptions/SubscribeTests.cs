using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

public class SubscribeTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Subscribing_from_the_footer_records_what_was_shown_and_emails_a_confirmation_link()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        var form = await reader.FooterFormAsync(email);

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SubscriberLinks.CheckInboxPath, response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var subscriber = await site.Factory.SubscriberAsync(email);
        Assert.Equal(SubscriberStatus.Pending, subscriber.Status);
        Assert.Equal(DigestFrequency.Weekly, subscriber.Frequency);
        Assert.Equal("footer", subscriber.Source);
        var grant = Assert.Single(await site.Factory.LedgerAsync(subscriber.Id));
        Assert.Equal((ConsentAction.Granted, ConsentMethod.Form, "footer"), (grant.Action, grant.Method, grant.Source));
        Assert.Equal(Subscribing.UserAgent, grant.Evidence!.UserAgent);
        await using var scope = site.Factory.OpenDatabase();
        var privacy = await scope.Db.SitePageVersions.Include(v => v.SitePage).SingleAsync(v => v.Id == grant.PrivacyPolicyVersionId);
        var terms = await scope.Db.SitePageVersions.Include(v => v.SitePage).SingleAsync(v => v.Id == grant.TermsVersionId);
        Assert.Equal(("privacy-policy", form["PrivacyVersion"]), (privacy.SitePage!.Slug, privacy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("terms-of-use", form["TermsVersion"]), (terms.SitePage!.Slug, terms.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var wording = await scope.Db.ConsentWordings.SingleAsync(w => w.Sha256 == grant.WordingSha256);
        Assert.Equal(grant.WordingSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wording.Text))));
        Assert.StartsWith("By pressing the Subscribe button, you confirm that you have read and are agreeing to our Privacy Policy </pages/privacy-policy/versions/", wording.Text, StringComparison.Ordinal);
        var confirmation = Assert.Single(await site.Factory.EmailsToAsync(email));
        Assert.StartsWith("Confirm your subscription", confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("/subscribe/confirm/", confirmation.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_sentence_on_the_page_is_the_wording_the_ledger_keeps()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        var page = await Html.ParseAsync(await reader.GetAsync("/"));
        var label = page.QuerySelector("footer form.subscribe-box__form label[for$=consent]")!;
        var links = label.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));

        var grant = (await site.Factory.LedgerAsync((await site.Factory.SubscriberAsync(email)).Id)).Single();
        await using var scope = site.Factory.OpenDatabase();
        var wording = await scope.Db.ConsentWordings.SingleAsync(w => w.Sha256 == grant.WordingSha256);
        Assert.Equal($"{ConsentNotice.Lead} Privacy Policy <{links[0]}> and Terms of Use <{links[1]}>.", wording.Text);
        Assert.Equal($"{ConsentNotice.Lead} Privacy Policy and Terms of Use.", string.Join(' ', label.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("", "Enter your email address.")]
    [InlineData("no-at-sign.example.org", "Enter an email address like name@example.com.")]
    [InlineData("reader@example.org\r\nBcc: everyone@example.org", "Enter one email address, without spaces.")]
    [InlineData("reader@example.org, other@example.org", "Enter one email address, without spaces.")]
    [InlineData("j\u0430ne@example.org", "The part before the @ may use only plain letters, digits and . _ + - characters.")]
    public async Task Bad_addresses_get_a_clear_message_and_store_nothing(string typed, string message)
    {
        var reader = site.Factory.Reader();
        var form = await reader.FooterFormAsync(typed);

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await Html.ParseAsync(response)).QuerySelector(".form-problem")!.TextContent);
        await AssertNothingStoredAsync(typed);
    }

    [Fact]
    public async Task Address_of_300_characters_is_refused_as_too_long()
    {
        var reader = site.Factory.Reader();
        var typed = new string('a', 290) + "@example.org";

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(typed));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("That address is too long", (await Html.ParseAsync(response)).QuerySelector(".form-problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_width_look_alike_letters_and_capitals_are_stored_as_the_plain_address()
    {
        var reader = site.Factory.Reader();
        var plain = $"fw{Guid.NewGuid():N}@example.org";
        var typed = "ＦＷ" + plain[2..].ToUpperInvariant();

        await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(typed));

        Assert.Equal(SubscriberStatus.Pending, (await site.Factory.SubscriberAsync(plain)).Status);
    }

    [Fact]
    public async Task Missing_consent_tick_is_refused_and_stores_nothing()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        var form = await reader.FooterFormAsync(email);
        form.Remove("Consent");

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tick the box to agree", (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task Filled_honeypot_looks_accepted_but_stores_and_sends_nothing()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        var form = await reader.FooterFormAsync(email);
        form["Website"] = "http://spam.example";

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, form);

        Assert.Equal(SubscriberLinks.CheckInboxPath, response.Headers.Location!.OriginalString);
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task Post_from_another_site_is_refused()
    {
        var reader = site.Factory.CreateBrowser();
        reader.DefaultRequestHeaders.Add("Origin", "https://evil.example");
        var email = Subscribing.NewAddress();

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, await site.Factory.Reader().FooterFormAsync(email));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("That request was refused", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task Form_showing_replaced_policy_versions_asks_to_read_the_new_ones_and_stores_nothing()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();
        var form = await reader.FooterFormAsync(email);
        form["PrivacyVersion"] = "0";

        var response = await reader.SendFormAsync(SubscriberLinks.SubscribePath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("changed after this form was shown", (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task Subscribing_an_address_that_is_already_subscribed_answers_the_same_and_tells_only_its_owner()
    {
        var email = Subscribing.NewAddress();
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(email);
        site.Clock.Advance(TimeSpan.FromMinutes(11));
        var reader = site.Factory.Reader();

        var again = await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));

        Assert.Equal(SubscriberLinks.CheckInboxPath, again.Headers.Location!.OriginalString);
        Assert.Equal(SubscriberStatus.Active, (await site.Factory.SubscriberAsync(email)).Status);
        Assert.Equal([ConsentAction.Granted, ConsentAction.Confirmed], (await site.Factory.LedgerAsync(subscriber.Id)).Select(r => r.Action));
        Assert.StartsWith("You are already subscribed", (await site.Factory.EmailsToAsync(email)).Last().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_an_address_again_and_again_sends_it_one_email_per_interval()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));
        }

        Assert.Single(await site.Factory.EmailsToAsync(email));
    }

    private async Task AssertNothingStoredAsync(string typed)
    {
        await using var scope = site.Factory.OpenDatabase();
        var lowered = typed.Trim().ToLowerInvariant();
        Assert.False(await scope.Db.Subscribers.AnyAsync(s => s.Email == lowered));
        Assert.False(await scope.Db.OutboxMessages.AnyAsync(m => m.ToAddress == lowered));
    }
}
