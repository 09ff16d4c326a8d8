using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Articles.Workflow;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Previews;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Previews;

public class PreviewTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private const string Banner = "Preview — not published";

    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Preview_of_a_draft_is_the_article_page_readers_get_once_it_is_published()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Swing bridge to reopen", "The bridge **reopens** on Monday.\n\n- Cars first\n- Then [bikes](https://example.com/bikes)");

        var response = await browser.GetAsync(PreviewPath(draft.Id));
        var preview = await Html.ParseAsync(response);
        var published = Succeeded(await _newsroom.RunAsync(w => w.PublishNowAsync(editor, draft.Id, draft.Version)));
        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync(await PublicPathAsync(published.Id)));

        Assert.Equal(Banner, preview.QuerySelector(".preview-banner")!.TextContent);
        Assert.Equal("noindex", preview.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal(page.QuerySelector("h1")!.TextContent, preview.QuerySelector(".article h1")!.TextContent);
        Assert.Equal(page.QuerySelector(".article__body")!.InnerHtml, preview.QuerySelector(".article__body")!.InnerHtml);
        Assert.Contains("<strong>reopens</strong>", page.QuerySelector(".article__body")!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".preview-banner"));
    }

    [Fact]
    public async Task Preview_never_claims_an_unpublished_article_was_published()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Harbour wall survey begins");
        var scheduled = await _newsroom.ArticleInStatusAsync(editor, ArticleStatus.Scheduled);
        var due = (await _newsroom.ArticleAsync(scheduled.Id)).PublishedAt!.Value;

        var draftMeta = (await Html.ParseAsync(await browser.GetAsync(PreviewPath(draft.Id)))).QuerySelector(".article__meta")!;
        var scheduledMeta = (await Html.ParseAsync(await browser.GetAsync(PreviewPath(scheduled.Id)))).QuerySelector(".article__meta")!;

        Assert.Contains("Not published yet", draftMeta.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Published", draftMeta.TextContent, StringComparison.Ordinal);
        Assert.Null(draftMeta.QuerySelector("time"));
        Assert.Contains("Scheduled for", scheduledMeta.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Published", scheduledMeta.TextContent, StringComparison.Ordinal);
        Assert.Equal(due, DateTimeOffset.Parse(scheduledMeta.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_author_may_preview_their_own_article_but_not_another_authors_and_anyone_else_must_sign_in()
    {
        var (author, authorActor) = await site.Factory.SignedInActorAsync(StaffRoles.Author);
        var own = await _newsroom.DraftAsync(authorActor, "My own story");
        var others = await _newsroom.DraftAsync(await _newsroom.StaffAsync(StaffRoles.Author), "Someone else's story");

        var ownPreview = await Html.ParseAsync(await author.GetAsync(PreviewPath(own.Id)));
        var anonymous = await site.Factory.CreateBrowser().GetAsync(PreviewPath(own.Id));

        Assert.Equal("My own story", ownPreview.QuerySelector(".article h1")!.TextContent);
        await author.AssertDeniedAsync(await author.GetAsync(PreviewPath(others.Id)));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(AdminPaths.SignIn, anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secret_link_shows_the_latest_saved_text_to_anyone_without_a_cookie_a_cache_or_a_referrer()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Ferry fares frozen", "Fares stay at £5.");
        var link = await MakeLinkAsync(browser, draft.Id, "1d");
        var reader = site.Factory.CreateClient();

        var first = await reader.GetAsync(link);
        var input = await _newsroom.InputAsync("Ferry fares frozen", "Fares stay at £5 until June.");
        input.Slug = draft.Slug;
        Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(editor, draft.Id, draft.Version, input)));
        var second = await Html.ParseAsync(await reader.GetAsync(link));

        var page = await Html.ParseAsync(first);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(Banner, page.QuerySelector(".preview-banner")!.TextContent);
        Assert.Equal("Ferry fares frozen", page.QuerySelector(".article h1")!.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.True(first.Headers.CacheControl!.NoStore);
        Assert.Equal(["noindex"], first.Headers.GetValues("X-Robots-Tag"));
        Assert.Equal(["no-referrer"], first.Headers.GetValues("Referrer-Policy"));
        Assert.Equal("Fares stay at £5 until June.", second.QuerySelector(".article__body")!.TextContent.Trim());
    }

    [Fact]
    public async Task Link_works_for_the_chosen_time_and_then_says_it_has_expired()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Regatta route announced");
        var link = await MakeLinkAsync(browser, draft.Id, "1h");
        var reader = site.Factory.CreateClient();

        site.Clock.Advance(TimeSpan.FromMinutes(59));
        var justBefore = await reader.GetAsync(link);
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await reader.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        await AssertExpiredAsync(after);
    }

    [Fact]
    public async Task Revoked_link_stops_working_and_leaves_the_list()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Lifeboat crew honoured");
        var link = await MakeLinkAsync(browser, draft.Id, "7d");
        var page = await Html.ParseAsync(await browser.GetAsync(PreviewPath(draft.Id)));
        var linkId = page.QuerySelector(".preview-share__links button[name=link]")!.GetAttribute("value")!;

        var revoked = await Html.ParseAsync(await browser.PostFromAsync(page, PreviewPath(draft.Id) + "?handler=Revoke", new() { ["link"] = linkId }));

        Assert.Equal("Link revoked: it no longer works.", revoked.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(revoked.QuerySelector(".preview-share__links"));
        await AssertExpiredAsync(await site.Factory.CreateClient().GetAsync(link));
    }

    [Fact]
    public async Task Links_to_an_article_stop_working_when_it_is_withdrawn()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var article = await _newsroom.ArticleInStatusAsync(editor, ArticleStatus.Published);
        var link = await MakeLinkAsync(browser, article.Id, "1d");

        Succeeded(await _newsroom.RunAsync(w => w.WithdrawAsync(editor, article.Id, article.Version)));

        await AssertExpiredAsync(await site.Factory.CreateClient().GetAsync(link));
    }

    [Fact]
    public async Task Made_up_tokens_get_the_expired_page()
    {
        var reader = site.Factory.CreateClient();

        await AssertExpiredAsync(await reader.GetAsync(PreviewLinks.PathFor(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)))));
        await AssertExpiredAsync(await reader.GetAsync(PreviewLinks.PathFor("short")));
        await AssertExpiredAsync(await reader.GetAsync("/preview"));
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored_with_the_default_lifetime_of_two_days()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Pier lights restored");
        var form = await Html.ParseAsync(await browser.GetAsync(PreviewPath(draft.Id)));
        var defaultLifetime = form.QuerySelector("#lifetime option[selected]")!.GetAttribute("value")!;

        var link = await MakeLinkAsync(browser, draft.Id, defaultLifetime);

        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
        await using var scope = site.Factory.OpenDatabase();
        var stored = await scope.Db.ArticlePreviewLinks.SingleAsync(l => l.ArticleId == draft.Id);
        Assert.True(token.Length >= 22, "At least 128 bits, base64url encoded.");
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored.TokenHash);
        Assert.Equal(TimeSpan.FromDays(2), stored.ExpiresAt - stored.CreatedAt);
        Assert.Equal(editor.Id, stored.CreatedById);
    }

    [Fact]
    public async Task Choosing_no_lifetime_is_refused_and_makes_no_link()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Market hours extended");
        var form = await Html.ParseAsync(await browser.GetAsync(PreviewPath(draft.Id)));

        var refused = await Html.ParseAsync(await browser.PostFromAsync(form, PreviewPath(draft.Id) + "?handler=Share", new() { ["lifetime"] = "forever" }));

        Assert.Contains("Choose how long the link should work", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#new-link"));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.ArticlePreviewLinks.AnyAsync(l => l.ArticleId == draft.Id));
    }

    private static string PreviewPath(int articleId) => $"/admin/articles/{articleId}/preview";

    /// <summary>Makes a link on the preview page as an editor would, and returns the address it shows.</summary>
    private static async Task<string> MakeLinkAsync(HttpClient browser, int articleId, string lifetime)
    {
        var form = await Html.ParseAsync(await browser.GetAsync(PreviewPath(articleId)));
        var made = await Html.ParseAsync(await browser.PostFromAsync(form, PreviewPath(articleId) + "?handler=Share", new() { ["lifetime"] = lifetime }));
        return new Uri(made.QuerySelector("#new-link")!.GetAttribute("value")!).PathAndQuery;
    }

    private static async Task AssertExpiredAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This preview link has expired", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private async Task<string> PublicPathAsync(int articleId)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.Where(a => a.Id == articleId).Select(a => "/" + a.Section!.Slug + "/" + a.Slug).SingleAsync();
    }
}

/// <summary>A site that lets an address open only a few preview links a minute.</summary>
public class FewPreviewViewsFixture : NewsSiteFixture
{
    public const int PerMinute = 3;

    protected override void Configure(NewsSiteFactory factory) =>
        factory.Settings["Previews:LinkViewsPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public class PreviewRateLimitTests(FewPreviewViewsFixture site) : IClassFixture<FewPreviewViewsFixture>
{
    [Fact]
    public async Task An_address_trying_many_links_is_turned_away()
    {
        var reader = site.Factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= FewPreviewViewsFixture.PerMinute; i++)
        {
            statuses.Add((await reader.GetAsync(PreviewLinks.PathFor($"guess-{i}"))).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, FewPreviewViewsFixture.PerMinute), HttpStatusCode.TooManyRequests], statuses);
    }
}
