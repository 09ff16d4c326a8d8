using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>The worker as the site runs it: on its own timer.</summary>
public class ScheduledPublishingWorkerTests(ScheduledPublishingWorkerTests.TickingFixture site) : IClassFixture<ScheduledPublishingWorkerTests.TickingFixture>
{
    public sealed class TickingFixture : WorkflowFixture
    {
        protected override bool RunsWorker => true;
    }

    [Fact]
    public async Task Site_publishes_a_due_article_on_its_own_when_the_interval_passes()
    {
        var article = Newsroom.Scheduled("Lighthouse open day announced", site.Clock.GetUtcNow().AddSeconds(30));
        await site.Factory.AddAsync(article);

        site.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await Eventually.TrueAsync(async () => (await site.Newsroom.ArticleAsync(article.Id)).Status == ArticleStatus.Published));
    }
}
