using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Delivery;

/// <summary>Released editions going out: each copy once, over reused connections, to whoever still wants it.</summary>
public class DigestSendingTests(DeliverySiteFixture site) : IClassFixture<DeliverySiteFixture>
{
    private static List<string> Addresses(string test, int count, string prefix = "reader") =>
        Enumerable.Range(1, count).Select(i => $"{prefix}{i}@{test}.example").ToList();

    [Fact]
    public async Task Every_copy_is_sent_once_under_its_own_message_id_and_the_edition_is_then_sent()
    {
        var readers = Addresses("once", 7);
        var release = await site.ReleaseAsync([.. readers, $"{PlainDigestMessages.NothingForPrefix}1@once.example"]);

        await site.NewSender().SendAllDueAsync(CancellationToken.None);

        var copies = await site.DeliveriesAsync(release.EditionId);
        var received = site.ReceivedBy(release.Addresses);
        Assert.Equal(copies.Take(7).Select(c => c.MessageId).Order(), received.Select(m => m.MessageId).Order());
        Assert.All(copies.Take(7), c => Assert.Equal(DigestDeliveryStatus.Sent, c.Status));
        Assert.All(copies.Take(7), c => Assert.Equal(site.Clock.GetUtcNow(), c.SentAt));
        Assert.Equal(DigestDeliveryStatus.Skipped, copies[7].Status);
        var edition = await site.EditionAsync(release.EditionId);
        Assert.Equal(DigestEditionStatus.Sent, edition.Status);
        Assert.Equal(site.Clock.GetUtcNow(), edition.CompletedAt);
    }

    [Fact]
    public async Task Connections_are_opened_once_per_pool_slot_and_reused_for_many_messages()
    {
        var release = await site.ReleaseAsync(Addresses("reuse", 60));
        var sessionsBefore = site.Smtp.SessionsStarted;

        await site.NewSender().SendAllDueAsync(CancellationToken.None);

        Assert.Equal(60, site.ReceivedBy(release.Addresses).Count);
        Assert.InRange(site.Smtp.SessionsStarted - sessionsBefore, 1, DeliverySiteFixture.PoolSize);
    }

    [Fact]
    public async Task Two_senders_on_one_edition_mail_every_recipient_exactly_once()
    {
        var release = await site.ReleaseAsync(Addresses("pair", 500));

        await Task.WhenAll(
            Task.Run(() => site.NewSender().SendAllDueAsync(CancellationToken.None)),
            Task.Run(() => site.NewSender().SendAllDueAsync(CancellationToken.None)));

        var perRecipient = site.ReceivedBy(release.Addresses).GroupBy(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(500, perRecipient.Count);
        Assert.All(perRecipient, g => Assert.Single(g));
        Assert.All(await site.DeliveriesAsync(release.EditionId), c => Assert.Equal(DigestDeliveryStatus.Sent, c.Status));
    }

    [Fact]
    public async Task A_reader_who_unsubscribes_with_one_click_while_the_edition_goes_out_gets_nothing_more()
    {
        var release = await site.ReleaseAsync(Addresses("leaving", 4));
        var sender = site.NewSender(o => o.BatchSize = 2);
        await sender.SendBatchAsync(CancellationToken.None);

        var leaving = release.Subscribers[3];
        var mailProgram = site.Factory.CreateBrowser();
        var unsubscribed = await mailProgram.PostAsync(
            SubscriberLinks.UnsubscribePath(leaving), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        unsubscribed.EnsureSuccessStatusCode();
        await sender.SendAllDueAsync(CancellationToken.None);

        var copies = await site.DeliveriesAsync(release.EditionId);
        Assert.Equal([DigestDeliveryStatus.Sent, DigestDeliveryStatus.Sent, DigestDeliveryStatus.Sent, DigestDeliveryStatus.Skipped], copies.Select(c => c.Status));
        Assert.DoesNotContain(site.ReceivedBy(release.Addresses), m => m.To.Mailboxes.Single().Address == leaving.Email);
        Assert.Equal(DigestEditionStatus.Sent, (await site.EditionAsync(release.EditionId)).Status);
    }

    [Fact]
    public async Task A_paused_edition_is_left_alone()
    {
        var release = await site.ReleaseAsync(Addresses("paused", 3), DigestEditionStatus.Paused);

        await site.NewSender().SendAllDueAsync(CancellationToken.None);

        Assert.Empty(site.ReceivedBy(release.Addresses));
        Assert.All(await site.DeliveriesAsync(release.EditionId), c => Assert.Equal(DigestDeliveryStatus.Queued, c.Status));
        Assert.Equal(DigestEditionStatus.Paused, (await site.EditionAsync(release.EditionId)).Status);
    }
}
