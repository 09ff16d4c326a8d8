using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>The role rules, enforced by the workflow itself whatever a page offers.</summary>
public class AuthorisationTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Author_creates_edits_and_submits_their_own_draft()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "Harbour dredging begins");
        var input = await _newsroom.InputAsync("Harbour dredging begins on Monday");

        var edited = Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(author, draft.Id, draft.Version, input)));
        var submitted = Succeeded(await _newsroom.RunAsync(w => w.SubmitForReviewAsync(author, edited.Id, edited.Version)));

        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal(author.Id, stored.CreatedById);
        Assert.Equal("Harbour dredging begins on Monday", stored.Title);
        Assert.Equal(ArticleStatus.InReview, submitted.Status);
        Assert.Equal(ArticleStatus.InReview, stored.Status);
    }

    [Fact]
    public async Task Author_may_not_edit_or_submit_someone_elses_article()
    {
        var owner = await _newsroom.StaffAsync(StaffRoles.Author);
        var other = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(owner, "Owner's words");
        var input = await _newsroom.InputAsync("Someone else's words");

        var edit = await _newsroom.RunAsync(w => w.SaveAsync(other, draft.Id, draft.Version, input));
        var submit = await _newsroom.RunAsync(w => w.SubmitForReviewAsync(other, draft.Id, draft.Version));

        Refused(edit, "You can only work on articles you created.");
        Refused(submit, "You can only work on articles you created.");
        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal("Owner's words", stored.Title);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
    }

    [Theory]
    [InlineData(ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Published)]
    [InlineData(ArticleStatus.Withdrawn)]
    public async Task Author_may_not_edit_their_own_article_once_it_has_left_draft(ArticleStatus status)
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(author, "As submitted");
        var moved = await _newsroom.MoveAsync(editor, draft, status);

        var edit = await _newsroom.RunAsync(async w => await w.SaveAsync(author, moved.Id, moved.Version, await _newsroom.InputAsync("Changed later")));

        Refused(edit, "only an editor can change it now");
        Assert.Equal("As submitted", (await _newsroom.ArticleAsync(draft.Id)).Title);
    }

    [Fact]
    public async Task Author_may_not_publish_schedule_withdraw_return_to_draft_or_delete_even_their_own_article()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(author);
        var published = await _newsroom.DraftAsync(author);
        published = Succeeded(await _newsroom.RunAsync(w => w.PublishNowAsync(editor, published.Id, published.Version)));
        var tomorrow = site.Clock.GetUtcNow().AddDays(1).UtcDateTime;

        Refused(await _newsroom.RunAsync(w => w.PublishNowAsync(author, draft.Id, draft.Version)), "Only editors can publish articles.");
        Refused(await _newsroom.RunAsync(w => w.ScheduleAsync(author, draft.Id, draft.Version, tomorrow)), "Only editors can schedule articles.");
        Refused(await _newsroom.RunAsync(w => w.WithdrawAsync(author, published.Id, published.Version)), "Only editors can withdraw articles.");
        Refused(await _newsroom.RunAsync(w => w.DeleteAsync(author, draft.Id, draft.Version)), "Only editors can delete articles.");

        Assert.Equal(ArticleStatus.Draft, (await _newsroom.ArticleAsync(draft.Id)).Status);
        Assert.Equal(ArticleStatus.Published, (await _newsroom.ArticleAsync(published.Id)).Status);
    }

    [Fact]
    public async Task Author_may_not_take_their_submitted_article_back_to_draft()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author);
        var submitted = Succeeded(await _newsroom.RunAsync(w => w.SubmitForReviewAsync(author, draft.Id, draft.Version)));

        Refused(await _newsroom.RunAsync(w => w.ReturnToDraftAsync(author, submitted.Id, submitted.Version)), "Only editors can move articles back to draft.");
    }

    [Theory]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Admin)]
    public async Task Editors_and_admins_edit_and_publish_anyones_article(string role)
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var editor = await _newsroom.StaffAsync(role);
        var draft = await _newsroom.DraftAsync(author);
        var submitted = Succeeded(await _newsroom.RunAsync(w => w.SubmitForReviewAsync(author, draft.Id, draft.Version)));
        var input = await _newsroom.InputAsync("Subbed headline");

        var edited = Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(editor, submitted.Id, submitted.Version, input)));
        var published = Succeeded(await _newsroom.RunAsync(w => w.PublishNowAsync(editor, edited.Id, edited.Version)));

        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal("Subbed headline", stored.Title);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(site.Clock.GetUtcNow(), stored.PublishedAt);
        Assert.Equal(author.Id, stored.CreatedById);
    }

    [Fact]
    public async Task Someone_without_a_staff_role_can_do_nothing()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);
        var nobody = editor with { Roles = new HashSet<string>() };

        Refused(await _newsroom.RunAsync(async w => await w.CreateAsync(nobody, await _newsroom.InputAsync())), "Only members of staff");
        Refused(await _newsroom.RunAsync(w => w.SubmitForReviewAsync(nobody, draft.Id, draft.Version)), "Only members of staff");
    }
}
