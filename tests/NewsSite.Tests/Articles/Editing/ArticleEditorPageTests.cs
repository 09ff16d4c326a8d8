using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles.Editing;

public class ArticleEditorPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Author_writes_and_submits_a_draft_but_posting_publish_directly_is_refused()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var fields = await EditorForm.NewAsync(author, "Harbour cranes get a new coat of paint");

        var created = await author.PostAsync("/admin/articles/edit?handler=Submit", new FormUrlEncodedContent(fields));
        var editPath = created.Headers.Location!.OriginalString;
        var refused = await Html.ParseAsync(await author.PostAsync(editPath + "?handler=Publish", new FormUrlEncodedContent(await EditorForm.ReadAsync(author, editPath))));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotEmpty(refused.QuerySelectorAll("[role=alert] li"));
        Assert.Equal(ArticleStatus.InReview, await StatusOfAsync("Harbour cranes get a new coat of paint"));
    }

    [Fact]
    public async Task Editor_publishes_then_withdraws_and_readers_see_each_step()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await EditorForm.NewAsync(editor, "Swing bridge reopens after repairs");

        var published = await editor.PostAsync("/admin/articles/edit?handler=Publish", new FormUrlEncodedContent(fields));
        var editPath = published.Headers.Location!.OriginalString;
        var publicPath = await PublicPathAsync("Swing bridge reopens after repairs");
        var whilePublished = await site.Factory.CreateClient().GetAsync(publicPath);
        await editor.PostAsync(editPath + "?handler=Withdraw", new FormUrlEncodedContent(await EditorForm.ReadAsync(editor, editPath)));
        var afterWithdrawal = await site.Factory.CreateClient().GetAsync(publicPath);

        Assert.Equal(HttpStatusCode.OK, whilePublished.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, afterWithdrawal.StatusCode);
    }

    [Fact]
    public async Task Second_editor_saving_over_a_newer_change_is_refused_and_the_first_text_is_kept()
    {
        var (first, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var (second, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var created = await first.PostAsync("/admin/articles/edit?handler=Save", new FormUrlEncodedContent(await EditorForm.NewAsync(first, "Tide tables for the winter")));
        var editPath = created.Headers.Location!.OriginalString;
        var firstForm = await EditorForm.ReadAsync(first, editPath);
        var secondForm = await EditorForm.ReadAsync(second, editPath);

        firstForm["Input.BodyMarkdown"] = "The first editor's text.";
        await first.PostAsync(editPath + "?handler=Save", new FormUrlEncodedContent(firstForm));
        secondForm["Input.BodyMarkdown"] = "The second editor's text.";
        var conflict = await Html.ParseAsync(await second.PostAsync(editPath + "?handler=Save", new FormUrlEncodedContent(secondForm)));

        Assert.Contains("Nothing was saved", conflict.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The second editor's text.", conflict.QuerySelector("#body")!.TextContent);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal("The first editor's text.", await scope.Db.Articles.Where(a => a.Title == "Tide tables for the winter").Select(a => a.BodyMarkdown).SingleAsync());
    }

    [Fact]
    public async Task Editor_deletes_a_draft_that_its_author_could_not_delete()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var created = await author.PostAsync("/admin/articles/edit?handler=Save", new FormUrlEncodedContent(await EditorForm.NewAsync(author, "Draft about the old pier")));
        var editPath = created.Headers.Location!.OriginalString;
        var authorView = await Html.ParseAsync(await author.GetAsync(editPath));
        var version = (await EditorForm.ReadAsync(author, editPath))["Version"];

        var refused = await Html.ParseAsync(await author.PostAsync(editPath + "?handler=Delete", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Version"] = version, ["__RequestVerificationToken"] = (await EditorForm.ReadAsync(author, editPath))["__RequestVerificationToken"] })));
        var stillThere = await StatusOfAsync("Draft about the old pier");
        var editorForm = (await Html.ParseAsync(await editor.GetAsync(editPath))).QuerySelector("form.admin-danger")!;
        var deleted = await editor.PostAsync(editPath + "?handler=Delete", new FormUrlEncodedContent(editorForm.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!)));
        var list = await Html.ParseAsync(await editor.GetAsync(deleted.Headers.Location!.OriginalString));

        Assert.Null(authorView.QuerySelector("form.admin-danger"));
        Assert.NotEmpty(refused.QuerySelectorAll("[role=alert] li"));
        Assert.Equal(ArticleStatus.Draft, stillThere);
        Assert.Equal("The article was deleted.", list.QuerySelector("[role=status]")!.TextContent);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Articles.AnyAsync(a => a.Title == "Draft about the old pier"));
        Assert.True(await scope.Db.AuditEntries.AnyAsync(e => e.Action == Web.Audit.AuditAction.Deleted && e.Subject.Contains("Draft about the old pier")));
    }

    private async Task<ArticleStatus> StatusOfAsync(string title)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.Where(a => a.Title == title).Select(a => a.Status).SingleAsync();
    }

    private async Task<string> PublicPathAsync(string title)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.Where(a => a.Title == title).Select(a => "/" + a.Section!.Slug + "/" + a.Slug).SingleAsync();
    }
}
