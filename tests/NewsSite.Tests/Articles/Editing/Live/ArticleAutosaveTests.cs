using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Editing.Live;

namespace NewsSite.Tests.Articles.Editing.Live;

public class ArticleAutosaveTests(EditorLiveFixture site) : IClassFixture<EditorLiveFixture>
{
    [Fact]
    public async Task Autosave_keeps_the_text_without_changing_the_article_or_adding_a_revision()
    {
        var (author, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var id = await site.DraftByAsync(email, "Pier lights");
        var before = await ArticleAsync(id);

        var response = await AutosaveAsync(author, id, "Pier lights switched on", "Unsaved words.");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var kept = Assert.Single(await AutosavesAsync(id));
        Assert.Equal(new EditorText("Pier lights switched on", "A summary.", "Unsaved words."), kept.Text);
        var after = await ArticleAsync(id);
        Assert.Equal((before.Title, before.BodyMarkdown, before.UpdatedAt, before.Version), (after.Title, after.BodyMarkdown, after.UpdatedAt, after.Version));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.ArticleRevisions.AnyAsync(r => r.ArticleId == id));
    }

    [Fact]
    public async Task Reopening_the_article_offers_the_autosave_and_loads_it_into_the_form_on_request()
    {
        var (author, id) = await AutosavedDraftAsync("Lifeboat day", "Words the browser lost.");

        var reopened = await Html.ParseAsync(await author.GetAsync($"/admin/articles/edit/{id}"));
        var offer = reopened.QuerySelectorAll("main p[role=status]").Single(p => p.TextContent.Contains("unsaved text", StringComparison.Ordinal));
        var loaded = await Html.ParseAsync(await author.GetAsync(offer.QuerySelector("a")!.GetAttribute("href")!));

        Assert.Equal("Lifeboat day", reopened.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Lifeboat day (autosaved)", loaded.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Words the browser lost.", loaded.QuerySelector("#body")!.TextContent);
        Assert.Null(loaded.QuerySelector("form")!.GetAttribute("data-saved-at"));
    }

    [Fact]
    public async Task Saving_the_article_clears_the_autosave_and_the_offer()
    {
        var (author, id) = await AutosavedDraftAsync("Ferry timetable", "Saved at last.");

        var form = await EditorForm.ReadAsync(author, $"/admin/articles/edit/{id}?autosave=true");
        var saved = await author.PostAsync($"/admin/articles/edit/{id}?handler=Save", new FormUrlEncodedContent(form));
        var reopened = await Html.ParseAsync(await author.GetAsync($"/admin/articles/edit/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(await AutosavesAsync(id));
        Assert.Equal("Saved at last.", (await ArticleAsync(id)).BodyMarkdown);
        Assert.Null(reopened.QuerySelector("a[href*='autosave=true']"));
    }

    [Fact]
    public async Task Another_authors_article_and_a_lost_session_are_refused_and_nothing_is_kept()
    {
        var owner = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var id = await site.DraftByAsync(owner, "Not yours");
        var (otherAuthor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);

        var refused = await AutosaveAsync(otherAuthor, id, "Taken over", "Someone else's words.");
        var anonymous = await EditorScript.CallAsync(site.Factory.CreateBrowser(), "Autosave", id, null, new() { ["title"] = "Anyone" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("You can only work on articles you created.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await AutosavesAsync(id));
    }

    /// <summary>An author's draft, and their autosave of it a minute after it was saved, with the headline marked "(autosaved)".</summary>
    private async Task<(HttpClient Author, int Id)> AutosavedDraftAsync(string title, string autosavedBody)
    {
        var (author, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var id = await site.DraftByAsync(email, title);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await AutosaveAsync(author, id, title + " (autosaved)", autosavedBody);
        return (author, id);
    }

    /// <summary>The autosave as the script sends it; the token comes from the new-article page, since the form's token is the same for every page of a session.</summary>
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient browser, int id, string title, string body) =>
        await EditorScript.CallAsync(browser, "Autosave", id, await EditorScript.TokenAsync(browser),
            new() { ["title"] = title, ["summary"] = "A summary.", ["bodyMarkdown"] = body });

    private async Task<NewsSite.Web.Articles.Article> ArticleAsync(int id)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<List<ArticleAutosave>> AutosavesAsync(int id)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.ArticleAutosaves.AsNoTracking().Where(a => a.ArticleId == id).ToListAsync();
    }
}
