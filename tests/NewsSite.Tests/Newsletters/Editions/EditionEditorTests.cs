using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>What editors may change in a draft edition, and what they are told when they may not.</summary>
public class EditionEditorTests(EditionsFixture site) : IClassFixture<EditionsFixture>
{
    private Digests Digests => site.Digests;

    [Fact]
    public async Task Editor_reorders_drops_an_article_and_writes_subject_and_intro()
    {
        var (edition, articles) = await DraftWithThreeArticlesAsync(new DateTimeOffset(2031, 5, 5, 7, 0, 0, TimeSpan.Zero));
        var (newest, middle, oldest) = (articles[0], articles[1], articles[2]);

        Assert.True((await EditAsync(e => e.ReorderAsync(edition, [oldest, newest, middle]))).Succeeded);
        Assert.True((await EditAsync(e => e.RemoveArticleAsync(edition, newest))).Succeeded);
        Assert.True((await EditAsync(e => e.SetSubjectAsync(edition, "  Storm week on the coast  "))).Succeeded);
        Assert.True((await EditAsync(e => e.SetIntroAsync(edition, "Three days of gales, and a rescue."))).Succeeded);

        var stored = await Digests.EditionAsync(edition);
        Assert.Equal([oldest, middle], stored.Articles.Select(a => a.ArticleId));
        Assert.Equal([1, 2], stored.Articles.Select(a => a.Position));
        Assert.Equal("Storm week on the coast", stored.Subject);
        Assert.Equal("Three days of gales, and a rescue.", stored.Intro);
    }

    [Fact]
    public async Task Bad_changes_are_refused_with_a_reason_and_change_nothing()
    {
        var (edition, articles) = await DraftWithThreeArticlesAsync(new DateTimeOffset(2032, 5, 5, 7, 0, 0, TimeSpan.Zero));
        var before = await Digests.EditionAsync(edition);

        var refusals = new[]
        {
            await EditAsync(e => e.SetSubjectAsync(edition, "   ")),
            await EditAsync(e => e.SetSubjectAsync(edition, new string('x', DigestEdition.SubjectMaxLength + 1))),
            await EditAsync(e => e.SetIntroAsync(edition, new string('x', DigestEdition.IntroMaxLength + 1))),
            await EditAsync(e => e.ReorderAsync(edition, [articles[0], articles[1]])),
            await EditAsync(e => e.ReorderAsync(edition, [articles[0], articles[0], articles[1]])),
            await EditAsync(e => e.RemoveArticleAsync(edition, -1)),
            await EditAsync(e => e.SetIntroAsync(-1, "Hello")),
        };

        Assert.All(refusals, r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
        var after = await Digests.EditionAsync(edition);
        Assert.Equal(before.Subject, after.Subject);
        Assert.Equal(before.Intro, after.Intro);
        Assert.Equal(before.Articles.Select(a => (a.ArticleId, a.Position)), after.Articles.Select(a => (a.ArticleId, a.Position)));
    }

    [Fact]
    public async Task Released_edition_can_no_longer_be_changed()
    {
        var (edition, articles) = await DraftWithThreeArticlesAsync(new DateTimeOffset(2033, 5, 5, 7, 0, 0, TimeSpan.Zero));
        await Digests.SubscriberAsync(DigestFrequency.Daily);
        await Digests.RunAsync<EditionRelease, ReleaseResult>(r => r.ReleaseAsync(edition));

        var refused = await EditAsync(e => e.RemoveArticleAsync(edition, articles[0]));

        Assert.Equal("This edition has been released and can no longer be changed.", refused.Error);
        Assert.Equal(3, (await Digests.EditionAsync(edition)).Articles.Count);
    }

    /// <summary>A draft with three articles, newest first; a year of its own keeps other tests' articles out.</summary>
    private async Task<(long Edition, int[] Articles)> DraftWithThreeArticlesAsync(DateTimeOffset until)
    {
        int[] articles = [await Digests.ArticleAsync(until.AddHours(-1)), await Digests.ArticleAsync(until.AddHours(-2)), await Digests.ArticleAsync(until.AddHours(-3))];
        return ((await Digests.DailyEditionAsync(until)).Id, articles);
    }

    private Task<DigestChange> EditAsync(Func<EditionEditor, Task<DigestChange>> change) => Digests.RunAsync(change);
}
