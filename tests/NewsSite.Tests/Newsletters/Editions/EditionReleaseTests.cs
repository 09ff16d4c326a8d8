using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>
/// Releasing an edition to its recipients. Each test's edition covers an hour of a year of its
/// own, so it holds only that test's articles.
/// </summary>
public class EditionReleaseTests(EditionsFixture site) : IClassFixture<EditionsFixture>
{
    private Digests Digests => site.Digests;

    [Fact]
    public async Task Release_queues_one_copy_for_each_active_subscriber_of_the_frequency_who_wants_a_section_in_it()
    {
        var sections = await Digests.SectionIdsAsync();
        var (first, second) = (sections[0], sections[1]);
        var edition = await EditionWithArticlesAsync(new DateTimeOffset(2031, 3, 3, 7, 0, 0, TimeSpan.Zero), first);
        long[] eligible =
        [
            await Digests.SubscriberAsync(DigestFrequency.Daily),
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Active, first),
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Active, second, first),
        ];
        long[] left = [
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Active, second),
            await Digests.SubscriberAsync(DigestFrequency.Weekly),
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Paused),
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Pending),
            await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Unsubscribed),
            await Digests.HardBouncedSubscriberAsync(),
        ];

        var result = await ReleaseAsync(edition);

        var deliveries = await Digests.DeliveriesAsync(edition);
        var ours = deliveries.Where(d => eligible.Contains(d.SubscriberId) || left.Contains(d.SubscriberId)).ToList();
        Assert.Equal(eligible.Order(), ours.Select(d => d.SubscriberId).Order());
        Assert.All(ours, d =>
        {
            Assert.Equal(DigestDeliveryStatus.Queued, d.Status);
            Assert.Equal($"digest-{edition}-{d.SubscriberId}@harbour.example", d.MessageId);
            Assert.Equal(0, d.Attempts);
            Assert.Equal(site.Clock.GetUtcNow(), d.NextAttemptAt);
        });
        Assert.Equal(new ReleaseResult(ReleaseOutcome.Released, deliveries.Count), result);
        var stored = await Digests.EditionAsync(edition);
        Assert.Equal(DigestEditionStatus.Sending, stored.Status);
        Assert.Equal(site.Clock.GetUtcNow(), stored.ReleasedAt);
    }

    [Fact]
    public async Task Releasing_again_or_twice_at_once_queues_nobody_twice()
    {
        var edition = await EditionWithArticlesAsync(new DateTimeOffset(2032, 3, 3, 7, 0, 0, TimeSpan.Zero), (await Digests.SectionIdsAsync())[0]);
        var reader = await Digests.SubscriberAsync(DigestFrequency.Daily);

        var atOnce = await Task.WhenAll(ReleaseAsync(edition), ReleaseAsync(edition));
        var again = await ReleaseAsync(edition);

        Assert.Equal([ReleaseOutcome.Released, ReleaseOutcome.AlreadyReleased], atOnce.Select(r => r.Outcome).Order());
        Assert.Equal(ReleaseOutcome.AlreadyReleased, again.Outcome);
        var deliveries = await Digests.DeliveriesAsync(edition);
        Assert.Single(deliveries, d => d.SubscriberId == reader);
        Assert.Equal(atOnce.Max(r => r.Recipients), deliveries.Count);
    }

    [Fact]
    public async Task Edition_without_articles_is_skipped_and_sends_nothing()
    {
        await Digests.SubscriberAsync(DigestFrequency.Daily);
        var edition = await EditionWithArticlesAsync(new DateTimeOffset(2033, 3, 3, 7, 0, 0, TimeSpan.Zero));

        var result = await ReleaseAsync(edition);

        Assert.Equal(new ReleaseResult(ReleaseOutcome.Skipped, 0), result);
        Assert.Empty(await Digests.DeliveriesAsync(edition));
        var stored = await Digests.EditionAsync(edition);
        Assert.Equal(DigestEditionStatus.Skipped, stored.Status);
        Assert.Equal(site.Clock.GetUtcNow(), stored.CompletedAt);
    }

    [Fact]
    public async Task Edition_nobody_wants_is_skipped_and_sends_nothing()
    {
        var sections = await Digests.SectionIdsAsync();
        var edition = await EditionWithArticlesAsync(new DateTimeOffset(2034, 3, 3, 7, 0, 0, TimeSpan.Zero), sections[0]);
        await using (var scope = site.Factory.OpenDatabase())
        {
            // Everyone daily so far follows all sections; they pause, and the one who stays wants another section.
            await scope.Db.Subscribers.Where(s => s.Frequency == DigestFrequency.Daily).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubscriberStatus.Paused));
        }
        await Digests.SubscriberAsync(DigestFrequency.Daily, SubscriberStatus.Active, sections[1]);

        var result = await ReleaseAsync(edition);

        Assert.Equal(new ReleaseResult(ReleaseOutcome.Skipped, 0), result);
        Assert.Empty(await Digests.DeliveriesAsync(edition));
        Assert.Equal(DigestEditionStatus.Skipped, (await Digests.EditionAsync(edition)).Status);
    }

    /// <summary>A draft edition of the hour before <paramref name="until"/>, with an article in each section given.</summary>
    private async Task<long> EditionWithArticlesAsync(DateTimeOffset until, params int[] sectionIds)
    {
        foreach (var section in sectionIds)
        {
            await Digests.ArticleAsync(until.AddMinutes(-30), section);
        }
        return (await Digests.DailyEditionAsync(until)).Id;
    }

    private Task<ReleaseResult> ReleaseAsync(long edition) =>
        Digests.RunAsync<EditionRelease, ReleaseResult>(r => r.ReleaseAsync(edition));
}
