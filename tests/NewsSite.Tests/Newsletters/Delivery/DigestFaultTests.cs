using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Delivery;

/// <summary>
/// SMTP trouble injected into the test server: what is temporary is retried later, what is
/// permanent is recorded (and a bad address suppressed), and nobody is lost or mailed twice unknowingly.
/// </summary>
public class DigestFaultTests(DeliverySiteFixture site) : IClassFixture<DeliverySiteFixture>
{
    [Fact]
    public async Task A_4xx_reply_defers_the_copy_and_a_later_pass_sends_it()
    {
        var release = await site.ReleaseAsync(["busy@greylist.example", "fine@greylist.example"]);
        site.Smtp.ReplyToRecipient = address => address == "busy@greylist.example" ? (451, "4.7.1 Greylisted busy@greylist.example, try later") : null;
        var sender = site.NewSender();

        await sender.SendAllDueAsync(CancellationToken.None);

        var deferred = (await site.DeliveriesAsync(release.EditionId))[0];
        Assert.Equal(DigestDeliveryStatus.Deferred, deferred.Status);
        Assert.Equal(1, deferred.Attempts);
        Assert.Equal(site.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), deferred.NextAttemptAt);
        Assert.StartsWith("SMTP 451", deferred.LastError);
        Assert.DoesNotContain("busy@greylist.example", deferred.LastError);
        Assert.Equal(DigestEditionStatus.Sending, (await site.EditionAsync(release.EditionId)).Status);

        site.Smtp.ReplyToRecipient = _ => null;
        await sender.SendAllDueAsync(CancellationToken.None);
        Assert.Equal(DigestDeliveryStatus.Deferred, (await site.DeliveriesAsync(release.EditionId))[0].Status); // still backing off
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await sender.SendAllDueAsync(CancellationToken.None);

        Assert.Equal(DigestDeliveryStatus.Sent, (await site.DeliveriesAsync(release.EditionId))[0].Status);
        Assert.Single(site.ReceivedBy(["busy@greylist.example"]));
        Assert.Equal(DigestEditionStatus.Sent, (await site.EditionAsync(release.EditionId)).Status);
    }

    [Fact]
    public async Task A_copy_that_keeps_being_deferred_fails_after_the_last_attempt()
    {
        var release = await site.ReleaseAsync(["full@mailbox.example"]);
        site.Smtp.ReplyToRecipient = address => address == "full@mailbox.example" ? (452, "4.2.2 Mailbox full") : null;
        var sender = site.NewSender();

        for (var attempt = 0; attempt < DeliverySiteFixture.MaxAttempts; attempt++)
        {
            await sender.SendAllDueAsync(CancellationToken.None);
            site.Clock.Advance(TimeSpan.FromHours(2));
        }
        site.Smtp.ReplyToRecipient = _ => null;

        var copy = Assert.Single(await site.DeliveriesAsync(release.EditionId));
        Assert.Equal(DigestDeliveryStatus.Failed, copy.Status);
        Assert.Equal(DeliverySiteFixture.MaxAttempts, copy.Attempts);
        Assert.StartsWith($"Gave up after {DeliverySiteFixture.MaxAttempts} attempts. SMTP 452", copy.LastError);
        Assert.Equal(DigestEditionStatus.Sent, (await site.EditionAsync(release.EditionId)).Status);
    }

    [Fact]
    public async Task An_unknown_recipient_fails_with_the_reason_and_is_never_mailed_again()
    {
        var first = await site.ReleaseAsync(["gone@bounce.example"]);
        site.Smtp.ReplyToRecipient = address => address == "gone@bounce.example" ? (550, "5.1.1 No such user") : null;

        await site.NewSender().SendAllDueAsync(CancellationToken.None);

        var copy = Assert.Single(await site.DeliveriesAsync(first.EditionId));
        Assert.Equal(DigestDeliveryStatus.Failed, copy.Status);
        Assert.Equal(1, copy.Attempts);
        Assert.Contains("5.1.1 No such user", copy.LastError);
        await using (var scope = site.Factory.OpenDatabase())
        {
            Assert.Equal(SuppressionReason.HardBounce, await scope.Get<SuppressionList>().ReasonAsync("gone@bounce.example"));
        }

        // A later edition reaches the same subscriber only if someone releases it anyway: the sender still holds back.
        site.Smtp.ReplyToRecipient = _ => null;
        var later = await site.ReleaseToAsync(first.Subscribers[0]);
        await site.NewSender().SendAllDueAsync(CancellationToken.None);
        Assert.Equal(DigestDeliveryStatus.Skipped, Assert.Single(await site.DeliveriesAsync(later)).Status);
        Assert.Empty(site.ReceivedBy(["gone@bounce.example"]));
    }

    [Fact]
    public async Task A_refused_recipient_costs_neither_the_connection_nor_the_copies_after_it()
    {
        var release = await site.ReleaseAsync(["before@refusal.example", "refused@refusal.example", "after@refusal.example"]);
        site.Smtp.ReplyToRecipient = address => address == "refused@refusal.example" ? (550, "5.1.1 No such user") : null;
        var sessionsBefore = site.Smtp.SessionsStarted;

        await site.NewSender(o => o.PoolSize = 1).SendAllDueAsync(CancellationToken.None);
        site.Smtp.ReplyToRecipient = _ => null;

        Assert.Equal([DigestDeliveryStatus.Sent, DigestDeliveryStatus.Failed, DigestDeliveryStatus.Sent], (await site.DeliveriesAsync(release.EditionId)).Select(c => c.Status));
        Assert.Equal(1, site.Smtp.SessionsStarted - sessionsBefore);
    }

    [Fact]
    public async Task A_policy_refusal_fails_the_copy_without_suppressing_the_address()
    {
        var release = await site.ReleaseAsync(["strict@policy.example"]);
        site.Smtp.ReplyToRecipient = address => address == "strict@policy.example" ? (550, "5.7.1 Message refused by policy") : null;

        await site.NewSender().SendAllDueAsync(CancellationToken.None);
        site.Smtp.ReplyToRecipient = _ => null;

        Assert.Equal(DigestDeliveryStatus.Failed, Assert.Single(await site.DeliveriesAsync(release.EditionId)).Status);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Null(await scope.Get<SuppressionList>().ReasonAsync("strict@policy.example"));
    }

    [Fact]
    public async Task A_copy_whose_connection_dropped_after_its_data_is_sent_again_under_the_same_message_id()
    {
        var release = await site.ReleaseAsync(Enumerable.Range(1, 9).Select(i => $"reader{i}@dropped.example").ToList());
        var drops = 0;
        site.Smtp.DropAfterData = m => m.To.Mailboxes.Single().Address == "reader5@dropped.example" && Interlocked.Increment(ref drops) == 1;
        var sender = site.NewSender();

        await sender.SendAllDueAsync(CancellationToken.None);
        var unknown = (await site.DeliveriesAsync(release.EditionId))[4];
        Assert.Equal(DigestDeliveryStatus.Deferred, unknown.Status);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await sender.SendAllDueAsync(CancellationToken.None);
        site.Smtp.DropAfterData = _ => false;

        var twice = site.ReceivedBy(["reader5@dropped.example"]);
        Assert.Equal(2, twice.Count);
        Assert.All(twice, m => Assert.Equal(unknown.MessageId, m.MessageId));
        Assert.Equal(9, site.ReceivedBy(release.Addresses).Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(10, site.ReceivedBy(release.Addresses).Count);
        Assert.All(await site.DeliveriesAsync(release.EditionId), c => Assert.Equal(DigestDeliveryStatus.Sent, c.Status));
    }

    [Fact]
    public async Task A_slow_server_still_gets_every_copy()
    {
        var release = await site.ReleaseAsync(Enumerable.Range(1, 12).Select(i => $"reader{i}@slow.example").ToList());
        site.Smtp.ReplyDelay = TimeSpan.FromMilliseconds(300);
        try
        {
            await site.NewSender().SendAllDueAsync(CancellationToken.None);
        }
        finally
        {
            site.Smtp.ReplyDelay = TimeSpan.Zero;
        }

        Assert.Equal(12, site.ReceivedBy(release.Addresses).Count);
        Assert.All(await site.DeliveriesAsync(release.EditionId), c => Assert.Equal(DigestDeliveryStatus.Sent, c.Status));
    }
}
