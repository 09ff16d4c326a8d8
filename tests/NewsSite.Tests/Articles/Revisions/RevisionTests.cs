using NewsSite.Tests.Articles.Workflow;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Revisions;
using static NewsSite.Tests.Articles.Workflow.Newsroom;
using static NewsSite.Tests.Articles.Workflow.Segments;

namespace NewsSite.Tests.Articles.Revisions;

public class RevisionTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Every_save_appends_a_revision_saying_who_saved_what_and_when()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author, "Ann Author");
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor, "Ed Editor");
        var draft = await _newsroom.DraftAsync(author, "First headline", "First text.");
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = Succeeded(await _newsroom.RunAsync(async w => await w.SaveAsync(author, draft.Id, draft.Version, await _newsroom.InputAsync("Second headline"))));
        var submitted = Succeeded(await _newsroom.RunAsync(w => w.SubmitForReviewAsync(author, second.Id, second.Version)));
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = Succeeded(await _newsroom.RunAsync(async w => await w.SaveAsync(editor, submitted.Id, submitted.Version, await _newsroom.InputAsync("Third headline"))));

        var revisions = await ListAsync(draft.Id);

        Assert.Equal([1, 2, 3], [draft.RevisionNumber!.Value, second.RevisionNumber!.Value, third.RevisionNumber!.Value]);
        Assert.Null(submitted.RevisionNumber);
        Assert.Equal(
            [
                new RevisionSummary(3, "Third headline", "Ed Editor", site.Clock.GetUtcNow()),
                new RevisionSummary(2, "Second headline", "Ann Author", site.Clock.GetUtcNow().AddMinutes(-5)),
                new RevisionSummary(1, "First headline", "Ann Author", site.Clock.GetUtcNow().AddMinutes(-10)),
            ],
            revisions);
    }

    [Fact]
    public async Task Article_saved_for_the_first_time_through_the_workflow_keeps_its_earlier_text_as_revision_one()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var imported = TestArticles.Published("Imported headline", "Imported text.");
        await site.Factory.AddAsync(imported);
        var stored = await _newsroom.ArticleAsync(imported.Id);

        var saved = Succeeded(await _newsroom.RunAsync(async w => await w.SaveAsync(editor, imported.Id, stored.Version, await _newsroom.InputAsync("Edited headline"))));

        var revisions = await ListAsync(imported.Id);
        Assert.Equal(2, saved.RevisionNumber);
        Assert.Equal(["Edited headline", "Imported headline"], revisions.Select(r => r.Title));
        var comparison = await CompareAsync(imported.Id, 1, 2);
        Assert.Equal([Removed("Imported text."), Added("Some words.")], comparison!.Body.Lines.SelectMany(l => l.Segments));
    }

    [Fact]
    public async Task Two_revisions_are_compared_field_by_field_with_word_level_changes()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "Night ferry trial", "The ferry runs at night.\nTickets cost £5.");
        var input = await _newsroom.InputAsync("Night ferry trial", "The ferry runs at dawn.\nTickets cost £5.\n<b>Book</b> online.");
        Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(author, draft.Id, draft.Version, input)));

        var comparison = await CompareAsync(draft.Id, 1, 2);

        Assert.NotNull(comparison);
        Assert.Equal((1, 2), (comparison.From.Number, comparison.To.Number));
        Assert.False(comparison.Title.HasChanges);
        Assert.False(comparison.Summary.HasChanges);
        Assert.Equal([DiffLineKind.Changed, DiffLineKind.Unchanged, DiffLineKind.Added], comparison.Body.Lines.Select(l => l.Kind));
        Assert.Equal([Unchanged("The ferry runs at "), Removed("night"), Added("dawn"), Unchanged(".")], comparison.Body.Lines[0].Segments);
        // Text stays text: the page encodes it as it would any other.
        Assert.Equal([Added("<b>Book</b> online.")], comparison.Body.Lines[2].Segments);
    }

    [Fact]
    public async Task Comparing_with_a_revision_that_does_not_exist_gives_nothing()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author);

        Assert.Null(await CompareAsync(draft.Id, 1, 7));
    }

    [Fact]
    public async Task Restoring_a_revision_saves_its_text_as_a_new_revision()
    {
        var author = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(author, "Original headline", "Original text.");
        var edited = Succeeded(await _newsroom.RunAsync(async w => await w.SaveAsync(author, draft.Id, draft.Version, await _newsroom.InputAsync("Worse headline", "Worse text."))));

        var restored = Succeeded(await _newsroom.RunAsync(w => w.RestoreRevisionAsync(author, draft.Id, edited.Version, 1)));

        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal(3, restored.RevisionNumber);
        Assert.Equal(("Original headline", "Original text."), (stored.Title, stored.BodyMarkdown));
        Assert.Equal(edited.Slug, stored.Slug);
        Assert.False((await CompareAsync(draft.Id, 1, 3))!.Body.HasChanges);
        Assert.Equal(3, (await ListAsync(draft.Id)).Count);
    }

    [Fact]
    public async Task Restoring_follows_the_same_rules_as_saving()
    {
        var owner = await _newsroom.StaffAsync(StaffRoles.Author);
        var other = await _newsroom.StaffAsync(StaffRoles.Author);
        var draft = await _newsroom.DraftAsync(owner);
        var edited = Succeeded(await _newsroom.RunAsync(async w => await w.SaveAsync(owner, draft.Id, draft.Version, await _newsroom.InputAsync("Newer"))));

        Refused(await _newsroom.RunAsync(w => w.RestoreRevisionAsync(other, draft.Id, edited.Version, 1)), "You can only work on articles you created.");
        Refused(await _newsroom.RunAsync(w => w.RestoreRevisionAsync(owner, draft.Id, draft.Version, 1)), "This article was changed by");
        Refused(await _newsroom.RunAsync(w => w.RestoreRevisionAsync(owner, draft.Id, edited.Version, 9)), "This article has no revision 9.");
        Assert.Equal(2, (await ListAsync(draft.Id)).Count);
    }

    private async Task<List<RevisionSummary>> ListAsync(int articleId)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Get<ArticleRevisions>().ListAsync(articleId);
    }

    private async Task<RevisionComparison?> CompareAsync(int articleId, int from, int to)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Get<ArticleRevisions>().CompareAsync(articleId, from, to);
    }
}
