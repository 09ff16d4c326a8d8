using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using static NewsSite.Tests.Articles.Editing.EditorForm;

namespace NewsSite.Tests.Articles.Editing;

public class ArticleEditorTagsTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Tags_typed_in_the_editor_are_created_then_reused_whatever_their_case()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var first = await NewAsync(editor, "Dredging starts in the outer harbour");
        first["Input.Tags"] = "Outer Harbour, Dredging works";
        var second = await NewAsync(editor, "Dredging spoil to be used for the new beach");
        second["Input.Tags"] = "dredging works,  Beach , outer harbour!";

        var created = await PostAsync(editor, NewArticle, "Save", first);
        await PostAsync(editor, NewArticle, "Save", second);
        var reopened = await Html.ParseAsync(await editor.GetAsync(created.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Outer Harbour, Dredging works", reopened.QuerySelector("#tags")!.GetAttribute("value"));
        var reused = await ArticleAsync(site.Factory, "Dredging spoil to be used for the new beach");
        Assert.Equal(["Beach", "Dredging works", "Outer Harbour"], reused.Tags.Select(t => t.Name).Order());
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(1, await scope.Db.Tags.CountAsync(t => t.Slug == "outer-harbour"));
        Assert.Equal(1, await scope.Db.Tags.CountAsync(t => t.Slug == "dredging-works"));
    }

    [Fact]
    public async Task Existing_tags_are_offered_as_suggestions()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        await using (var scope = site.Factory.OpenDatabase())
        {
            scope.Db.Tags.Add(new NewsSite.Web.Taxonomy.Tag { Name = "Lighthouse keepers", Slug = "lighthouse-keepers" });
            await scope.Db.SaveChangesAsync();
        }

        var page = await Html.ParseAsync(await author.GetAsync(NewArticle));

        Assert.Equal("tag-suggestions", page.QuerySelector("#tags")!.GetAttribute("list"));
        Assert.Contains("Lighthouse keepers", page.QuerySelectorAll("#tag-suggestions option").Select(o => o.GetAttribute("value")));
    }

    [Theory]
    [InlineData(21, 10, "An article can have at most 20 tags; this one has 21.")]
    [InlineData(1, 61, "is too long: a tag can be at most 60 characters.")]
    public async Task Too_many_or_too_long_tags_are_refused_with_a_message_the_text_kept_and_nothing_saved(int count, int length, string message)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var title = $"Tag limits {count} x {length}";
        var fields = await NewAsync(editor, title);
        var tags = string.Join(", ", Enumerable.Range(0, count).Select(i => $"t{i}".PadRight(length, 'x')));
        fields["Input.Tags"] = tags;

        var page = await Html.ParseAsync(await PostAsync(editor, NewArticle, "Save", fields));

        Assert.Contains(page.QuerySelectorAll("[role=alert] li"), li => li.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.Equal(tags, page.QuerySelector("#tags")!.GetAttribute("value"));
        Assert.Equal("Some **text**.", page.QuerySelector("#body")!.TextContent);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Articles.AnyAsync(a => a.Title == title));
        Assert.False(await scope.Db.Tags.AnyAsync(t => t.Name.StartsWith("t0x")));
    }

    [Fact]
    public async Task A_tag_with_no_letter_or_digit_is_refused()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await NewAsync(editor, "Punctuation only tag");
        fields["Input.Tags"] = "Harbour, ???";

        var page = await Html.ParseAsync(await PostAsync(editor, NewArticle, "Save", fields));

        Assert.Contains(page.QuerySelectorAll("[role=alert] li"), li => li.TextContent.Contains("The tag “???” needs at least one letter or digit", StringComparison.Ordinal));
    }
}
