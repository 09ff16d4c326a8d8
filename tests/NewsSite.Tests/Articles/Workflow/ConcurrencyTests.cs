using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>Two editors on one article: whoever saves second is told, and nothing of the first save is lost.</summary>
public class ConcurrencyTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Second_editor_saving_over_a_newer_change_is_told_who_made_it_and_nothing_is_overwritten()
    {
        var alice = await _newsroom.StaffAsync(StaffRoles.Editor, "Alice Hart");
        var bob = await _newsroom.StaffAsync(StaffRoles.Editor, "Bob Lane");
        var draft = await _newsroom.DraftAsync(alice, "Ferry timetable", "Original text.");
        var loadedByBoth = draft.Version;
        var alicesInput = await _newsroom.InputAsync("Ferry timetable changes", "Alice's text.");
        var bobsInput = await _newsroom.InputAsync("Ferry timetable news", "Bob's text.");

        var alices = await _newsroom.RunAsync(w => w.SaveAsync(alice, draft.Id, loadedByBoth, alicesInput));
        var bobs = await _newsroom.RunAsync(w => w.SaveAsync(bob, draft.Id, loadedByBoth, bobsInput));

        Succeeded(alices);
        // The clock stands at 09:00 UTC, 10:00 in London in June.
        Refused(bobs, "This article was changed by Alice Hart at 10:00 on 3 June 2030, after you opened it. Nothing was saved; your text is kept.");
        var stored = await _newsroom.ArticleAsync(draft.Id);
        Assert.Equal("Ferry timetable changes", stored.Title);
        Assert.Equal("Alice's text.", stored.BodyMarkdown);
        Assert.Equal(alices.Value!.Version, stored.Version);
        Assert.Equal([1, 2], await RevisionNumbersAsync(draft.Id));
    }

    [Fact]
    public async Task Publishing_a_version_someone_has_since_changed_is_refused()
    {
        var alice = await _newsroom.StaffAsync(StaffRoles.Editor, "Alice Hart");
        var bob = await _newsroom.StaffAsync(StaffRoles.Editor, "Bob Lane");
        var draft = await _newsroom.DraftAsync(alice);
        var edited = await _newsroom.InputAsync("Rewritten by Bob");
        Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(bob, draft.Id, draft.Version, edited)));

        var publish = await _newsroom.RunAsync(w => w.PublishNowAsync(alice, draft.Id, draft.Version));

        Refused(publish, "This article was changed by Bob Lane");
        Assert.Equal(Web.Articles.ArticleStatus.Draft, (await _newsroom.ArticleAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Two_editors_saving_at_the_same_moment_one_wins_and_the_other_is_told()
    {
        var alice = await _newsroom.StaffAsync(StaffRoles.Editor, "Alice Hart");
        var bob = await _newsroom.StaffAsync(StaffRoles.Editor, "Bob Lane");
        for (var round = 0; round < 5; round++)
        {
            var draft = await _newsroom.DraftAsync(alice);
            var alicesInput = await _newsroom.InputAsync("Alice's headline", "Alice's text.");
            var bobsInput = await _newsroom.InputAsync("Bob's headline", "Bob's text.");

            var results = await Task.WhenAll(
                Task.Run(() => _newsroom.RunAsync(w => w.SaveAsync(alice, draft.Id, draft.Version, alicesInput))),
                Task.Run(() => _newsroom.RunAsync(w => w.SaveAsync(bob, draft.Id, draft.Version, bobsInput))));

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            var stored = await _newsroom.ArticleAsync(draft.Id);
            var (winnersText, winnersName) = winner == results[0] ? ("Alice's text.", "Alice Hart") : ("Bob's text.", "Bob Lane");
            Refused(loser, $"This article was changed by {winnersName}");
            Assert.Equal(winnersText, stored.BodyMarkdown);
            Assert.Equal(winner.Value!.Version, stored.Version);
            Assert.Equal([1, 2], await RevisionNumbersAsync(draft.Id));
        }
    }

    private async Task<List<int>> RevisionNumbersAsync(int articleId)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.ArticleRevisions.Where(r => r.ArticleId == articleId).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync();
    }
}
