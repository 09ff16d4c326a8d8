using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Articles.Workflow;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Workflow;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Revisions;

public class RevisionPagesTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task History_lists_every_revision_newest_first_with_who_saved_it_and_offers_the_two_newest_to_compare()
    {
        var (browser, author) = await site.Factory.SignedInActorAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "First headline");
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await SaveAsync(author, draft, "Second headline", "Some words.");
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        await SaveAsync(author, second, "Third headline", "Some words.");

        var page = await Html.ParseAsync(await browser.GetAsync(RevisionsPath(draft.Id)));

        var rows = page.QuerySelectorAll("table.revisions tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["3", "2", "1"], rows.Select(r => r[2]));
        Assert.Equal(["Third headline", "Second headline", "First headline"], rows.Select(r => r[5]));
        Assert.All(rows, r => Assert.Equal("Test Author", r[3]));
        Assert.Equal("2", page.QuerySelector("input[name=from][checked]")!.GetAttribute("value"));
        Assert.Equal("3", page.QuerySelector("input[name=to][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Changes_between_two_revisions_mark_inserted_and_deleted_words_and_say_so_in_words()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Night ferry trial", "The ferry runs at night.\nTickets cost £5.");
        await SaveAsync(editor, draft, "Night ferry trial", "The ferry runs at dawn.\nTickets cost £5.\n<b>Book</b> online.");

        var page = await Html.ParseAsync(await browser.GetAsync(RevisionsPath(draft.Id) + "/compare?from=1&to=2"));

        var sections = page.QuerySelectorAll("section.diff").ToDictionary(s => s.QuerySelector("h2")!.TextContent);
        Assert.Equal("No changes.", sections["Headline"].QuerySelector(".diff__none")!.TextContent);
        var text = sections["Text"];
        Assert.Equal(["[added: dawn]", "[added: <b>Book</b> online.]"], text.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal(["[removed: night]"], text.QuerySelectorAll("del").Select(e => e.TextContent));
        // The words that announce a change are for screen readers; sighted readers see underline and strike-through.
        Assert.All(text.QuerySelectorAll("ins"), ins => Assert.Equal("[added: ", ins.QuerySelector(".visually-hidden")!.TextContent));
        Assert.All(text.QuerySelectorAll("del"), del => Assert.Equal("[removed: ", del.QuerySelector(".visually-hidden")!.TextContent));
        Assert.Equal("The ferry runs at [removed: night][added: dawn].", text.QuerySelector(".diff__line")!.TextContent);
    }

    [Fact]
    public async Task Comparing_with_a_revision_that_does_not_exist_says_so()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);

        var response = await browser.GetAsync(RevisionsPath(draft.Id) + "/compare?from=1&to=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no revision 9", (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_brings_back_the_old_text_as_a_new_revision()
    {
        var (browser, author) = await site.Factory.SignedInActorAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "Original headline", "Original text.");
        await SaveAsync(author, draft, "Worse headline", "Worse text.");
        var page = await Html.ParseAsync(await browser.GetAsync(RevisionsPath(draft.Id)));

        var restored = await RestoreAsync(browser, page, draft.Id, revision: 1);
        var after = await Html.ParseAsync(await browser.GetAsync(restored.Headers.Location));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Revision 1 restored", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["3", "2", "1"], after.QuerySelectorAll("table.revisions tbody tr td:nth-child(3)").Select(c => c.TextContent));
        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal(("Original headline", "Original text."), (stored.Title, stored.BodyMarkdown));
    }

    [Fact]
    public async Task Restoring_after_someone_else_changed_the_article_is_refused_and_changes_nothing()
    {
        var (browser, editor) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Harbour dues", "First text.");
        var second = await SaveAsync(editor, draft, "Harbour dues", "Second text.");
        var page = await Html.ParseAsync(await browser.GetAsync(RevisionsPath(draft.Id)));
        await SaveAsync(editor, second, "Harbour dues", "A colleague's text.");

        var refused = await Html.ParseAsync(await RestoreAsync(browser, page, draft.Id, revision: 1));

        Assert.Contains("Nothing was saved", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A colleague's text.", (await _newsroom.ArticleAsync(draft.Id)).BodyMarkdown);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(3, await scope.Db.ArticleRevisions.CountAsync(r => r.ArticleId == draft.Id));
    }

    [Fact]
    public async Task An_author_cannot_see_or_restore_the_revisions_of_another_authors_article()
    {
        var owner = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(owner, "Owner's headline", "Owner's text.");
        await SaveAsync(owner, draft, "Owner's headline", "Owner's newer text.");
        var (other, otherActor) = await site.Factory.SignedInActorAsync(StaffRoles.Author);
        var ownDraft = await _newsroom.DraftAsync(otherActor);
        var ownPage = await Html.ParseAsync(await other.GetAsync(RevisionsPath(ownDraft.Id)));

        await other.AssertDeniedAsync(await other.GetAsync(RevisionsPath(draft.Id)));
        await other.AssertDeniedAsync(await other.GetAsync(RevisionsPath(draft.Id) + "/compare?from=1&to=2"));
        await other.AssertDeniedAsync(await RestoreAsync(other, ownPage, draft.Id, revision: 1));
        Assert.Equal("Owner's newer text.", (await _newsroom.ArticleAsync(draft.Id)).BodyMarkdown);
    }

    [Fact]
    public async Task Anyone_not_signed_in_is_sent_to_sign_in()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);

        var response = await site.Factory.CreateBrowser().GetAsync(RevisionsPath(draft.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AdminPaths.SignIn, response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string RevisionsPath(int articleId) => $"/admin/articles/{articleId}/revisions";

    /// <summary>Presses a Restore button of <paramref name="page"/> (as loaded, with the version it showed) for the article <paramref name="articleId"/>.</summary>
    private static Task<HttpResponseMessage> RestoreAsync(HttpClient browser, AngleSharp.Html.Dom.IHtmlDocument page, int articleId, int revision) =>
        browser.PostFromAsync(page, RevisionsPath(articleId) + "?handler=Restore", new()
        {
            ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = page.QuerySelector("#restore input[name=version]")!.GetAttribute("value")!,
        });

    private async Task<SavedArticle> SaveAsync(StaffActor actor, SavedArticle article, string title, string body)
    {
        var input = await _newsroom.InputAsync(title, body);
        input.Slug = article.Slug;
        return Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(actor, article.Id, article.Version, input)));
    }
}
