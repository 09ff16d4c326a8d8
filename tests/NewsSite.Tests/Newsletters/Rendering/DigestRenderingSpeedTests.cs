using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;
using Xunit.Abstractions;

namespace NewsSite.Tests.Newsletters.Rendering;

/// <summary>
/// What 10,000 copies of one edition cost, printed for the record rather than asserted: timings
/// on shared machines vary too much to fail a build on.
/// </summary>
public class DigestRenderingSpeedTests(NewsSiteFixture site, ITestOutputHelper output) : IClassFixture<NewsSiteFixture>
{
    private const int Copies = 10_000;

    [Fact]
    public async Task Ten_thousand_copies_of_one_edition_each_carry_their_own_links()
    {
        var (first, second, _) = await site.Factory.SectionsAsync();
        var articles = Enumerable.Range(1, 12).Select(i =>
        {
            var article = TestArticles.Published($"Story {i} from the quay", summary: new string('x', 200));
            article.SectionId = i % 2 == 0 ? first : second;
            return article;
        }).ToArray();
        await site.Factory.AddAsync(articles);
        var edition = await site.Factory.EditionAsync("", "A long week on the estuary.", DigestEditionStatus.Sending, [.. articles.Select((a, i) => (a.Id, i))]);
        var messages = site.Factory.Services.GetRequiredService<IDigestMessages>();
        // The recipients need not be in the database: rendering reads only the edition.
        var subscribers = Enumerable.Range(1, Copies).Select(i => new Subscriber
        {
            Id = i, Email = $"reader-{i}@example.org", LinkKey = SubscriptionTokens.NewLinkKey(), SectionIds = i % 3 == 0 ? [first] : [],
        }).ToList();
        // Warm up first: a sender measured mid-send runs code the JIT has long since optimised.
        foreach (var subscriber in subscribers.Take(2_000))
        {
            await messages.CreateAsync(Delivery(edition, subscriber), subscriber, CancellationToken.None);
        }
        await Task.Delay(500);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var unsubscribeLinks = new HashSet<string>();
        foreach (var subscriber in subscribers)
        {
            var message = await messages.CreateAsync(Delivery(edition, subscriber), subscriber, CancellationToken.None);
            unsubscribeLinks.Add(message!.Headers["List-Unsubscribe"]!);
        }
        clock.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        output.WriteLine($"{Copies} copies: {clock.ElapsedMilliseconds} ms elapsed, {cpuUsed.TotalMilliseconds:0} ms CPU (whole process)");
        Assert.Equal(Copies, unsubscribeLinks.Count);
    }

    private static DigestDelivery Delivery(long editionId, Subscriber subscriber) =>
        new() { EditionId = editionId, SubscriberId = subscriber.Id, MessageId = DigestArrangement.MessageIdOf(editionId, subscriber) };
}
