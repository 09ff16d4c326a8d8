using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Articles.Workflow;
using NewsSite.Web.Accounts;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Revisions;

public class RevisionTagsAndHeroTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Fact]
    public async Task Restoring_a_revision_brings_back_its_tags_and_hero_image()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        int heroId;
        await using (var scope = site.Factory.OpenDatabase())
        {
            heroId = await scope.Db.MediaAssets.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        }
        var first = await _newsroom.InputAsync("Lock gates replaced");
        (first.Tags, first.HeroImageId, first.HeroAltText, first.HeroCaption) = ("Lock gates, Canal", heroId, "New gates at the lock", "Fitted on Tuesday");
        var draft = Succeeded(await _newsroom.RunAsync(w => w.CreateAsync(editor, first)));
        var second = await _newsroom.InputAsync("Lock gates replaced");
        second.Tags = "Engineering";
        var changed = Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(editor, draft.Id, draft.Version, second)));

        var restored = Succeeded(await _newsroom.RunAsync(w => w.RestoreRevisionAsync(editor, draft.Id, changed.Version, revisionNumber: 1)));

        await using var check = site.Factory.OpenDatabase();
        var article = await check.Db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == draft.Id);
        Assert.Equal(3, restored.RevisionNumber);
        Assert.Equal(["Canal", "Lock gates"], article.Tags.Select(t => t.Name).Order());
        Assert.Equal((heroId, "New gates at the lock", "Fitted on Tuesday"), (article.HeroImageId!.Value, article.HeroAltText, article.HeroCaption));
        var revisions = await check.Db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == draft.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([["Lock gates", "Canal"], ["Engineering"], ["Lock gates", "Canal"]], revisions.Select(r => r.TagNames));
        Assert.Equal([heroId, null, heroId], revisions.Select(r => r.HeroImageId));
    }
}
