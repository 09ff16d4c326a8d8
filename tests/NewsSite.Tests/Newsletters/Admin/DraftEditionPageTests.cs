using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;

namespace NewsSite.Tests.Newsletters.Admin;

/// <summary>A draft edition's page: its words and articles edited, previewed, tested and released. Each test's edition is a day of its own.</summary>
public class DraftEditionPageTests(DigestDeskFixture site) : IClassFixture<DigestDeskFixture>
{
    [Fact]
    public async Task Subject_and_intro_are_saved_and_a_blank_subject_is_refused()
    {
        var (edition, _) = await DraftAsync(new DateOnly(2033, 1, 10), 1);

        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Text", new() { ["subject"] = "Monday's <best>", ["intro"] = "Good morning." });
        var refused = await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Text", new() { ["subject"] = " ", ["intro"] = "Changed" });

        Assert.Equal("Enter a subject.", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent.Trim());
        var stored = await site.Digests.EditionAsync(edition);
        Assert.Equal(("Monday's <best>", "Good morning."), (stored.Subject, stored.Intro));
        var page = await PageAsync(edition);
        Assert.Equal("Monday's <best>", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Articles_move_down_and_are_removed_through_the_page()
    {
        var (edition, articles) = await DraftAsync(new DateOnly(2033, 1, 11), 3);

        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Move", new() { ["articleId"] = $"{articles[0]}", ["by"] = "1" });
        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Remove", new() { ["articleId"] = $"{articles[2]}" });

        var stored = await site.Digests.EditionAsync(edition);
        Assert.Equal([articles[1], articles[0]], stored.Articles.Select(a => a.ArticleId));
        var titles = (await PageAsync(edition)).QuerySelectorAll(".digest-articles__title").Select(t => t.TextContent);
        Assert.Equal([Title(articles[1]), Title(articles[0])], titles);
    }

    [Fact]
    public async Task The_preview_shows_every_article_in_html_and_plain_text()
    {
        var (edition, articles) = await DraftAsync(new DateOnly(2033, 1, 12), 2);

        var page = await PageAsync(edition);
        var frame = page.QuerySelector("iframe.digest-preview")!;
        var html = await site.Editor.GetAsync(frame.GetAttribute("src"));

        Assert.True(frame.HasAttribute("sandbox"));
        Assert.Contains("frame-ancestors 'self'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var body = await html.Content.ReadAsStringAsync();
        var text = page.QuerySelector("pre.digest-text-preview")!.TextContent;
        Assert.All(articles, id =>
        {
            Assert.Contains(Title(id), body, StringComparison.Ordinal);
            Assert.Contains(Title(id), text, StringComparison.Ordinal);
        });
        Assert.Contains("digest-preview--dark", (await PageAsync(edition, "?scheme=dark")).QuerySelector("iframe")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_goes_to_the_editor_at_once_marked_as_a_test()
    {
        var (edition, articles) = await DraftAsync(new DateOnly(2033, 1, 13), 1);

        var response = await site.Editor.PostFormAsync(PathOf(edition) + "?handler=SendTest", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = Assert.Single(site.Smtp.Messages, m => m.HtmlBody?.Contains(Title(articles[0]), StringComparison.Ordinal) == true);
        Assert.Equal(site.EditorEmail, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("[Test] ", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"A test was sent to {site.EditorEmail}.", (await PageAsync(edition)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.Digests.DeliveriesAsync(edition));
    }

    [Fact]
    public async Task A_test_the_mail_server_refuses_is_reported_on_the_page()
    {
        var (edition, _) = await DraftAsync(new DateOnly(2033, 1, 14), 1);
        site.Smtp.RejectRecipient = address => address == site.EditorEmail;
        try
        {
            var response = await site.Editor.PostFormAsync(PathOf(edition) + "?handler=SendTest", []);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("The test could not be sent", (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
        }
        finally
        {
            site.Smtp.RejectRecipient = _ => false;
        }
    }

    [Fact]
    public async Task Releasing_an_edition_nobody_wants_says_why_nothing_was_sent()
    {
        var edition = (await site.Digests.DailyEditionAsync(new DateTimeOffset(2033, 1, 15, 7, 0, 0, TimeSpan.Zero))).Id;

        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Release", []);

        Assert.Equal(DigestEditionStatus.Skipped, (await site.Digests.EditionAsync(edition)).Status);
        Assert.Contains("Nothing was sent", (await PageAsync(edition)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    private static string PathOf(long edition) => $"/admin/digests/{edition}";

    private static string Title(int article) => $"Digest desk story {article}";

    private async Task<IHtmlDocument> PageAsync(long edition, string query = "") =>
        await Html.ParseAsync(await site.Editor.GetAsync(PathOf(edition) + query));

    /// <summary>A daily draft of <paramref name="count"/> articles published in the hour before 07:00 UTC on <paramref name="day"/>, newest first.</summary>
    private async Task<(long Edition, List<int> Articles)> DraftAsync(DateOnly day, int count)
    {
        var until = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
        var articles = new List<int>();
        for (var i = 0; i < count; i++)
        {
            articles.Insert(0, await site.Digests.ArticleAsync(until.AddMinutes(-50 + i)));
        }
        await using (var scope = site.Factory.OpenDatabase())
        {
            foreach (var article in scope.Db.Articles.Where(a => articles.Contains(a.Id)))
            {
                article.Title = Title(article.Id);
            }
            await scope.Db.SaveChangesAsync();
        }
        return ((await site.Digests.DailyEditionAsync(until)).Id, articles);
    }
}
