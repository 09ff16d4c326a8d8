using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using NewsSite.TestSupport;
using NewsSite.Tests.Subscriptions;
using NewsSite.Web.Accounts;
using NewsSite.Web.Email;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Rendering;

public class DigestMessageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    // Without Site:PublicBaseUrl, Testing links to the in-process test server's own address.
    private const string Base = "http://localhost";

    [Fact]
    public async Task The_email_has_sender_recipient_subject_date_the_deliverys_message_id_and_both_unsubscribe_headers()
    {
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Harbour reopens after the storm"));
        var subscriber = await site.Factory.SubscriberAsync();
        var siteName = (await site.Factory.Services.GetRequiredService<Web.Frame.SiteChrome>().GetAsync()).Settings.SiteName;
        var sender = site.Factory.Services.GetRequiredService<IOptions<EmailOptions>>().Value;

        var message = (await site.Factory.DigestForAsync(edition, subscriber))!;

        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal((sender.FromName, sender.FromAddress), (from.Name, from.Address));
        Assert.Equal(subscriber.Email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal($"{siteName}: your daily digest", message.Subject);
        Assert.Equal(DigestArrangement.MessageIdOf(edition, subscriber), message.MessageId);
        Assert.InRange(message.Date, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal($"<{Base}/unsubscribe/{subscriber.Id}-{subscriber.LinkKey}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.False(message.Headers.Contains(HeaderId.DkimSignature), "No DKIM key is configured, so nothing is signed.");
    }

    [Fact]
    public async Task Both_parts_list_the_articles_in_the_editions_order_with_links_intro_and_the_address_an_Admin_set()
    {
        var (first, second, _) = await site.Factory.SectionsAsync();
        var ferry = InSection(TestArticles.Published("Ferry timetable changes", summary: "Winter sailings start on Monday."), first);
        var bridge = InSection(TestArticles.Published("Council votes on the bridge", summary: "A narrow majority for repairs."), second);
        var paths = await site.Factory.AddAsync(ferry, bridge);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var saved = await admin.PostFormAsync("/admin/settings", new()
        {
            ["Form.SiteName"] = "The Estuary Courier", ["Form.PostalAddress"] = "1 Quay Street\nPortsmouth PO1 2AB", ["Form.TimeZone"] = "UTC",
            ["Form.AdEveryParagraphs"] = "0", ["Form.InArticleAd.Kind"] = "None", ["Form.SidebarAd.Kind"] = "None",
        });
        var edition = await site.Factory.EditionAsync("Bridge and ferry news", "Good morning.\n\nTwo stories today.", DigestEditionStatus.Sending, (ferry.Id, 2), (bridge.Id, 1));
        var subscriber = await site.Factory.SubscriberAsync();
        var sectionNames = await SectionNamesAsync(first, second);

        var message = (await site.Factory.DigestForAsync(edition, subscriber))!;
        var html = message.HtmlPart();
        var text = message.TextPart();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("light dark", html.QuerySelector("meta[name=color-scheme]")!.GetAttribute("content"));
        Assert.Equal(["Council votes on the bridge", "Ferry timetable changes"], html.QuerySelectorAll("h2 a").Select(a => a.TextContent));
        Assert.Equal([Base + paths[1], Base + paths[0]], html.QuerySelectorAll("h2 a").Select(a => a.GetAttribute("href")));
        var manage = $"{Base}/subscription/{subscriber.Id}-{subscriber.LinkKey}";
        var unsubscribe = $"{Base}/unsubscribe/{subscriber.Id}-{subscriber.LinkKey}";
        Assert.Equal(manage, html.QuerySelectorAll("a").Single(a => a.TextContent == "Change your preferences").GetAttribute("href"));
        Assert.Equal(unsubscribe, html.QuerySelectorAll("a").Single(a => a.TextContent == "Unsubscribe").GetAttribute("href"));
        Assert.Equal("The Estuary Courier", html.QuerySelector("h1")!.TextContent);
        foreach (var words in new[] { "Good morning.", "Two stories today.", "Winter sailings start on Monday.", "A narrow majority for repairs.", "1 Quay Street", "Portsmouth PO1 2AB", sectionNames[0], sectionNames[1] })
        {
            Assert.Contains(words, html.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(words, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(text.IndexOf("Council votes on the bridge", StringComparison.Ordinal) < text.IndexOf("Ferry timetable changes", StringComparison.Ordinal));
        Assert.Contains($"\n{Base + paths[1]}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Change your preferences: {manage}\nUnsubscribe: {unsubscribe}\n", text, StringComparison.Ordinal);
        Assert.Contains("The Estuary Courier\n1 Quay Street\nPortsmouth PO1 2AB", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_beyond_ASCII_arrive_intact_in_both_parts_over_short_lines_a_7_bit_server_accepts()
    {
        const string title = "Café owners’ “Noël” market — 50 % sold";
        const string intro = "Grüße from the quay: naïve façades, ½ price. 海港 🌊";
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published(title, summary: new string('é', 300)), intro: intro);

        var message = (await site.Factory.DigestAsSentAsync(edition, await site.Factory.SubscriberAsync()))!;
        var asSent = FormatOptions.Default.Clone();
        asSent.NewLineFormat = NewLineFormat.Dos;
        using var wire = new MemoryStream();
        message.WriteTo(asSent, wire);
        wire.Position = 0;
        var received = MimeMessage.Load(wire);

        var lines = System.Text.Encoding.Latin1.GetString(wire.ToArray()).Split("\r\n");
        Assert.All(lines, line => Assert.True(line.Length <= 78 && line.All(char.IsAscii), $"Not a short 7-bit line: {line}"));
        Assert.Equal(
            [("text/plain", "utf-8", ContentEncoding.QuotedPrintable), ("text/html", "utf-8", ContentEncoding.QuotedPrintable)],
            received.BodyParts.OfType<TextPart>().Select(part => (part.ContentType.MimeType, part.ContentType.Charset, part.ContentTransferEncoding)));
        Assert.Equal(title, received.HtmlPart().QuerySelector("h2 a")!.TextContent);
        Assert.Contains(intro, received.HtmlPart().Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(new string('é', 300), received.HtmlPart().Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"\n{title}\n", received.TextPart(), StringComparison.Ordinal);
        Assert.Contains(intro, received.TextPart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_titles_summaries_subjects_and_intros_are_shown_as_text_never_run()
    {
        const string title = "<script>alert('title')</script> & <b>bold</b>";
        const string summary = "<iframe src=\"https://evil.example\"></iframe>";
        const string subject = "</title><script>alert('subject')</script>";
        const string intro = "<img src=x onerror=alert(1)>\n\"quoted\" & more";
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published(title, summary: summary), subject, intro);

        var message = (await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync()))!;
        var html = message.HtmlPart();

        Assert.Empty(html.QuerySelectorAll("script, iframe, img, b, [onerror]"));
        Assert.Equal(subject, html.Title);
        Assert.Equal(title, html.QuerySelector("h2 a")!.TextContent);
        Assert.Contains(summary, html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>\"quoted\" & more", html.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(title, message.TextPart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribers_get_only_the_articles_in_their_sections_and_no_email_when_none_is()
    {
        var (first, second, third) = await site.Factory.SectionsAsync();
        var ferry = InSection(TestArticles.Published("Ferry news for sailors"), first);
        var bridge = InSection(TestArticles.Published("Bridge news for drivers"), second);
        await site.Factory.AddAsync(ferry, bridge);
        var edition = await site.Factory.EditionAsync("", "", DigestEditionStatus.Sending, (ferry.Id, 0), (bridge.Id, 1));

        var sailor = await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync(first, third));
        var everything = await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync());
        var nothing = await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync(third));

        Assert.Equal(["Ferry news for sailors"], sailor!.HtmlPart().QuerySelectorAll("h2 a").Select(a => a.TextContent));
        Assert.DoesNotContain("Bridge news", sailor!.TextPart(), StringComparison.Ordinal);
        Assert.Equal(["Ferry news for sailors", "Bridge news for drivers"], everything!.HtmlPart().QuerySelectorAll("h2 a").Select(a => a.TextContent));
        Assert.Null(nothing);
    }

    [Fact]
    public async Task The_unsubscribe_header_posted_as_a_one_click_unsubscribe_ends_the_subscription()
    {
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Tide tables for the week"));
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var message = (await site.Factory.DigestForAsync(edition, subscriber))!;
        var link = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        // As a mail program does it (RFC 8058): no cookies, no Origin, this exact body.
        var answer = await site.Factory.CreateBrowser().PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(SubscriberStatus.Unsubscribed, (await site.Factory.SubscriberAsync(subscriber.Email!)).Status);
    }

    [Fact]
    public async Task A_draft_is_read_afresh_so_a_preview_shows_the_editors_latest_intro()
    {
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Lifeboat crew honoured"), intro: "First thoughts.", status: DigestEditionStatus.Draft);
        var subscriber = await site.Factory.SubscriberAsync();
        var before = await site.Factory.DigestForAsync(edition, subscriber);
        await using (var scope = site.Factory.OpenDatabase())
        {
            await scope.Db.DigestEditions.Where(e => e.Id == edition).ExecuteUpdateAsync(u => u.SetProperty(e => e.Intro, "Second thoughts."));
        }

        var after = await site.Factory.DigestForAsync(edition, subscriber);

        Assert.Contains("First thoughts.", before!.TextPart(), StringComparison.Ordinal);
        Assert.Contains("Second thoughts.", after!.TextPart(), StringComparison.Ordinal);
    }

    private static Web.Articles.Article InSection(Web.Articles.Article article, int sectionId)
    {
        article.SectionId = sectionId;
        return article;
    }

    private async Task<string[]> SectionNamesAsync(params int[] ids)
    {
        await using var scope = site.Factory.OpenDatabase();
        var names = await scope.Db.Sections.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        return [.. ids.Select(id => names[id])];
    }
}
