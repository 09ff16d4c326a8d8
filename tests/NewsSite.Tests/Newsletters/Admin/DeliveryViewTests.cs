using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Newsletters.Admin;

/// <summary>
/// A released edition's page: its delivery counts, pause and resume, retrying failures and the
/// report. The copies' outcomes are written here as the background sender would record them.
/// </summary>
public class DeliveryViewTests(DigestDeskFixture site) : IClassFixture<DigestDeskFixture>
{
    private static readonly string[] CountNames = ["queued", "sent", "deferred", "failed", "skipped", "sentLastMinute"];

    [Fact]
    public async Task After_release_the_page_and_its_live_feed_count_the_copies_by_outcome()
    {
        var (edition, _) = await ReleasedAsync(new DateOnly(2034, 2, 1), 3);
        var copies = await site.Digests.DeliveriesAsync(edition);
        await RecordAsync(edition, copies[0].SubscriberId, DigestDeliveryStatus.Failed, "550 no such mailbox");
        await RecordAsync(edition, copies[1].SubscriberId, DigestDeliveryStatus.Deferred, "421 try later");
        foreach (var copy in copies.Skip(2))
        {
            await RecordAsync(edition, copy.SubscriberId, DigestDeliveryStatus.Sent);
        }
        var sent = copies.Count - 2;

        var page = await PageAsync(edition);
        var feed = JsonDocument.Parse(await site.Editor.GetStringAsync(page.QuerySelector("[data-progress-url]")!.GetAttribute("data-progress-url"))).RootElement;

        Assert.Equal(["0", $"{sent}", "1", "1", "0", $"{sent}"], CountNames.Select(k => page.QuerySelector($"dd[data-progress={k}]")!.TextContent));
        var bar = page.QuerySelector("progress")!;
        Assert.Equal(($"{copies.Count}", $"{sent + 1}"), (bar.GetAttribute("max"), bar.GetAttribute("value")));
        Assert.Equal((sent, 1, (sent + 1) * 100 / copies.Count), (feed.GetProperty("sent").GetInt32(), feed.GetProperty("deferred").GetInt32(), feed.GetProperty("percent").GetInt32()));
        Assert.NotNull(page.QuerySelector("script[src*='digest-progress']"));
    }

    [Fact]
    public async Task Sending_pauses_and_resumes_only_from_the_right_state()
    {
        var (edition, _) = await ReleasedAsync(new DateOnly(2034, 2, 2), 1);

        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Pause", []);
        var paused = await PageAsync(edition);
        var again = await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Pause", []);

        Assert.Equal(DigestEditionStatus.Paused, (await site.Digests.EditionAsync(edition)).Status);
        Assert.NotNull(paused.QuerySelector("form[action$='handler=Resume'] button"));
        Assert.Equal("Only an edition that is being sent can be paused.", (await Html.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent.Trim());

        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Resume", []);

        Assert.Equal(DigestEditionStatus.Sending, (await site.Digests.EditionAsync(edition)).Status);
    }

    [Fact]
    public async Task Retry_queues_failed_copies_again_except_to_suppressed_addresses()
    {
        var (edition, readers) = await ReleasedAsync(new DateOnly(2034, 2, 3), 2);
        var bounced = readers[1];
        await site.Digests.HardBounceAsync(bounced);
        await RecordAsync(edition, readers[0], DigestDeliveryStatus.Failed, "451 timeout", attempts: 8);
        await RecordAsync(edition, bounced, DigestDeliveryStatus.Failed, "550 no such mailbox", attempts: 1);
        await MarkEditionSentAsync(edition);

        var response = await site.Editor.PostFormAsync(PathOf(edition) + "?handler=RetryFailed", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copies = (await site.Digests.DeliveriesAsync(edition)).ToDictionary(d => d.SubscriberId);
        Assert.Equal((DigestDeliveryStatus.Queued, 0), (copies[readers[0]].Status, copies[readers[0]].Attempts));
        Assert.Equal(DigestDeliveryStatus.Failed, copies[bounced].Status);
        Assert.Equal(DigestEditionStatus.Sending, (await site.Digests.EditionAsync(edition)).Status);
        Assert.Contains("1 failed copies will be sent again.", (await PageAsync(edition)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_groups_failures_by_reason_and_counts_the_unsubscribes_that_followed()
    {
        var (edition, readers) = await ReleasedAsync(new DateOnly(2034, 2, 4), 4);
        await RecordAsync(edition, readers[0], DigestDeliveryStatus.Failed, "550 no such mailbox");
        await RecordAsync(edition, readers[1], DigestDeliveryStatus.Failed, "550 no such mailbox");
        await RecordAsync(edition, readers[2], DigestDeliveryStatus.Failed, "554 <script>spam</script>");
        await RecordAsync(edition, readers[3], DigestDeliveryStatus.Sent);
        await WithdrawAsync(readers[3]);
        site.Clock.Advance(TimeSpan.FromMinutes(1));

        var page = await PageAsync(edition);

        var rows = page.QuerySelectorAll("table.digest-failures tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent)));
        Assert.Equal(["550 no such mailbox | 2", "554 <script>spam</script> | 1"], rows);
        Assert.Equal("1", page.QuerySelectorAll(".digest-report div").Single(d => d.QuerySelector("dt")!.TextContent.StartsWith("Unsubscribes", StringComparison.Ordinal)).QuerySelector("dd")!.TextContent);
    }

    private static string PathOf(long edition) => $"/admin/digests/{edition}";

    private async Task<IHtmlDocument> PageAsync(long edition) => await Html.ParseAsync(await site.Editor.GetAsync(PathOf(edition)));

    /// <summary>A daily edition of one article, released through its page to <paramref name="count"/> new readers (and whoever else reads daily).</summary>
    private async Task<(long Edition, List<long> Readers)> ReleasedAsync(DateOnly day, int count)
    {
        var until = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
        await site.Digests.ArticleAsync(until.AddMinutes(-30));
        var edition = (await site.Digests.DailyEditionAsync(until)).Id;
        var readers = new List<long>();
        for (var i = 0; i < count; i++)
        {
            readers.Add(await site.Digests.SubscriberAsync(DigestFrequency.Daily));
        }
        await site.Editor.PostFormAsync(PathOf(edition) + "?handler=Release", []);
        return (edition, readers);
    }

    private async Task RecordAsync(long edition, long subscriber, DigestDeliveryStatus status, string? error = null, int attempts = 1)
    {
        await using var scope = site.Factory.OpenDatabase();
        var now = site.Clock.GetUtcNow();
        await scope.Db.DigestDeliveries.Where(d => d.EditionId == edition && d.SubscriberId == subscriber).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, status).SetProperty(d => d.LastError, error).SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.SentAt, status == DigestDeliveryStatus.Sent ? now : null));
    }

    private async Task MarkEditionSentAsync(long edition)
    {
        await using var scope = site.Factory.OpenDatabase();
        await scope.Db.DigestEditions.Where(e => e.Id == edition).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, DigestEditionStatus.Sent));
    }

    private async Task WithdrawAsync(long subscriber)
    {
        await using var scope = site.Factory.OpenDatabase();
        scope.Db.ConsentRecords.Add(new ConsentRecord { SubscriberId = subscriber, Action = ConsentAction.Withdrawn, Method = ConsentMethod.OneClickHeader, RecordedAt = site.Clock.GetUtcNow() });
        await scope.Db.SaveChangesAsync();
    }
}
