using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>
/// Making editions. Each test works in a year of its own, so the editions other tests made never
/// fall inside its periods.
/// </summary>
public class EditionBuilderTests(EditionsFixture site) : IClassFixture<EditionsFixture>
{
    private Digests Digests => site.Digests;

    [Fact]
    public async Task Edition_holds_what_was_published_since_the_previous_one_newest_first()
    {
        var previousUntil = new DateTimeOffset(2031, 1, 10, 7, 0, 0, TimeSpan.Zero);
        var until = previousUntil.AddDays(1);
        var inPrevious = await Digests.ArticleAsync(previousUntil);
        var early = await Digests.ArticleAsync(previousUntil.AddMinutes(1));
        var late = await Digests.ArticleAsync(until.AddHours(-1));
        var atTheEnd = await Digests.ArticleAsync(until);
        await Digests.ArticleAsync(until.AddMinutes(1));
        await Digests.ArticleAsync(until.AddHours(-2), status: ArticleStatus.Draft);
        await Digests.ArticleAsync(until.AddHours(-2), status: ArticleStatus.Withdrawn);

        var previous = await EnsureAsync(new DigestPeriod(DigestFrequency.Daily, "2031-01-10", previousUntil));
        var edition = await EnsureAsync(new DigestPeriod(DigestFrequency.Daily, "2031-01-11", until));

        var stored = await Digests.EditionAsync(edition.Id);
        Assert.Equal(previousUntil, stored.Since);
        Assert.Equal(until, stored.Until);
        Assert.Equal([atTheEnd, late, early], stored.Articles.Select(a => a.ArticleId));
        Assert.Equal([1, 2, 3], stored.Articles.Select(a => a.Position));
        Assert.Contains(inPrevious, (await Digests.EditionAsync(previous.Id)).Articles.Select(a => a.ArticleId));
        Assert.Equal(DigestEditionStatus.Draft, stored.Status);
        Assert.Equal("The Harbour Times: the day's stories", stored.Subject);
    }

    [Fact]
    public async Task First_weekly_edition_reaches_back_one_week_under_the_weekly_subject()
    {
        var until = new DateTimeOffset(2029, 1, 6, 8, 0, 0, TimeSpan.Zero);
        var sixDaysBack = await Digests.ArticleAsync(until.AddDays(-6));
        var eightDaysBack = await Digests.ArticleAsync(until.AddDays(-8));

        var edition = await EnsureAsync(new DigestPeriod(DigestFrequency.Weekly, "2029-W01", until));

        var stored = await Digests.EditionAsync(edition.Id);
        Assert.Equal(until.AddDays(-7), stored.Since);
        Assert.Contains(sixDaysBack, stored.Articles.Select(a => a.ArticleId));
        Assert.DoesNotContain(eightDaysBack, stored.Articles.Select(a => a.ArticleId));
        Assert.Equal("The Harbour Times: the week's stories", stored.Subject);
    }

    [Fact]
    public async Task Many_instances_making_the_same_period_at_once_make_one_edition()
    {
        var until = new DateTimeOffset(2034, 2, 1, 7, 0, 0, TimeSpan.Zero);
        var article = await Digests.ArticleAsync(until.AddHours(-3));
        var period = new DigestPeriod(DigestFrequency.Daily, "2034-02-01", until);

        var editions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => EnsureAsync(period)));

        Assert.Single(editions.Select(e => e.Id).Distinct());
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(1, await scope.Db.DigestEditions.CountAsync(e => e.PeriodKey == "2034-02-01"));
        Assert.Single((await Digests.EditionAsync(editions[0].Id)).Articles, a => a.ArticleId == article);
    }

    [Fact]
    public async Task Send_now_makes_an_edition_up_to_this_moment_and_releases_it()
    {
        var now = site.Clock.GetUtcNow();
        var article = await Digests.ArticleAsync(now.AddHours(-1));
        var reader = await Digests.SubscriberAsync(DigestFrequency.Daily);

        var (edition, release) = await Digests.RunAsync<OnDemandEditions, (DigestEdition, ReleaseResult)>(s => s.SendNowAsync(DigestFrequency.Daily));

        var stored = await Digests.EditionAsync(edition.Id);
        Assert.StartsWith("now-", stored.PeriodKey, StringComparison.Ordinal);
        Assert.Equal(now, stored.Until);
        Assert.Contains(article, stored.Articles.Select(a => a.ArticleId));
        Assert.Equal(ReleaseOutcome.Released, release.Outcome);
        Assert.Equal(DigestEditionStatus.Sending, stored.Status);
        Assert.Contains(reader, (await Digests.DeliveriesAsync(edition.Id)).Select(d => d.SubscriberId));
    }

    private Task<DigestEdition> EnsureAsync(DigestPeriod period) =>
        Digests.RunAsync<EditionBuilder, DigestEdition>(b => b.EnsureAsync(period));
}
