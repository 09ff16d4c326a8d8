using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

public class ValidationTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Slug_is_made_from_the_title_when_left_empty()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var unique = Guid.NewGuid().ToString("N");
        var input = await _newsroom.InputAsync($"Café owners back the plan {unique}!");
        input.Slug = " ";

        var created = Succeeded(await _newsroom.RunAsync(w => w.CreateAsync(author, input)));

        Assert.Equal($"cafe-owners-back-the-plan-{unique}", created.Slug);
        Assert.Equal(created.Slug, (await _newsroom.ArticleAsync(created.Id)).Slug);
    }

    [Fact]
    public async Task Slug_typed_by_the_editor_is_kept_in_address_form()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var unique = Guid.NewGuid().ToString("N");
        var input = await _newsroom.InputAsync();
        input.Slug = $"  Night Ferry: {unique} ";

        var created = Succeeded(await _newsroom.RunAsync(w => w.CreateAsync(author, input)));

        Assert.Equal($"night-ferry-{unique}", created.Slug);
    }

    [Fact]
    public async Task Duplicate_slug_is_refused_with_a_message_naming_the_article_that_has_it()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var first = await _newsroom.DraftAsync(editor, "Council approves harbour budget");
        var second = await _newsroom.DraftAsync(editor, "Another story");
        var taken = await _newsroom.InputAsync("A newer story");
        taken.Slug = first.Slug;
        var renamed = await _newsroom.InputAsync("Another story");
        renamed.Slug = first.Slug;

        var created = await _newsroom.RunAsync(w => w.CreateAsync(editor, taken));
        var saved = await _newsroom.RunAsync(w => w.SaveAsync(editor, second.Id, second.Version, renamed));

        var expected = $"The slug “{first.Slug}” is already used by the article “Council approves harbour budget”.";
        Refused(created, expected, nameof(ArticleInput.Slug));
        Refused(saved, expected, nameof(ArticleInput.Slug));
        Assert.Equal(second.Slug, (await _newsroom.ArticleAsync(second.Id)).Slug);
    }

    [Fact]
    public async Task Saving_an_article_under_its_own_slug_is_no_conflict()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);
        var input = ArticleInput.From(await _newsroom.ArticleAsync(draft.Id));
        input.Title = "Retitled, same address";

        var saved = Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(editor, draft.Id, draft.Version, input)));

        Assert.Equal(draft.Slug, saved.Slug);
    }

    [Fact]
    public async Task Every_field_out_of_bounds_gets_its_own_message_and_nothing_is_saved()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var input = new ArticleInput
        {
            Title = new string('T', ArticleLimits.TitleLength + 1),
            Summary = new string('S', ArticleLimits.SummaryLength + 1),
            BodyMarkdown = new string('b', ArticleLimits.BodyMarkdownLength + 1),
            SeoTitle = new string('t', ArticleLimits.TitleLength + 1),
            SeoDescription = new string('d', ArticleLimits.SummaryLength + 1),
            SectionId = -1,
            AuthorId = -1,
        };
        var before = await CountAsync();

        var result = await _newsroom.RunAsync(w => w.CreateAsync(author, input));

        Refused(result, "The title can be at most 200 characters long; it has 201.", nameof(ArticleInput.Title));
        Refused(result, "The summary can be at most 500 characters long; it has 501.", nameof(ArticleInput.Summary));
        Refused(result, "The text can be at most 100,000 characters long; it has 100,001.", nameof(ArticleInput.BodyMarkdown));
        Refused(result, "The search engine title can be at most 200 characters", nameof(ArticleInput.SeoTitle));
        Refused(result, "The search engine description can be at most 500 characters", nameof(ArticleInput.SeoDescription));
        Refused(result, "Choose a section.", nameof(ArticleInput.SectionId));
        Refused(result, "Choose a byline.", nameof(ArticleInput.AuthorId));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Title_is_required(string? title)
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var input = await _newsroom.InputAsync();
        input.Title = title;

        Refused(await _newsroom.RunAsync(w => w.CreateAsync(author, input)), "Enter a title.", nameof(ArticleInput.Title));
    }

    [Fact]
    public async Task Title_with_nothing_to_make_an_address_from_needs_a_slug()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var input = await _newsroom.InputAsync("¿¡…!?");
        input.Slug = "";

        Refused(await _newsroom.RunAsync(w => w.CreateAsync(author, input)), "Enter a slug", nameof(ArticleInput.Slug));
    }

    [Fact]
    public async Task Invalid_edit_changes_nothing()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "Kept as it was");
        var input = await _newsroom.InputAsync("");

        Refused(await _newsroom.RunAsync(w => w.SaveAsync(author, draft.Id, draft.Version, input)), "Enter a title.", nameof(ArticleInput.Title));

        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal("Kept as it was", stored.Title);
        Assert.Equal(draft.Version, stored.Version);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.CountAsync();
    }
}
