using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSite.Web.Newsletters;

namespace NewsSite.Tests.Newsletters.Delivery;

/// <summary>The site's own background sender picks up a released edition with nobody asking.</summary>
public class DigestSenderWorkerTests(DigestSenderWorkerTests.WorkerFixture site) : IClassFixture<DigestSenderWorkerTests.WorkerFixture>
{
    public sealed class WorkerFixture : DeliverySiteFixture
    {
        protected override bool RunsWorker => true;
    }

    [Fact]
    public async Task A_released_edition_is_sent_on_the_next_poll()
    {
        var release = await site.ReleaseAsync(["first@worker.example", "second@worker.example"]);

        site.Clock.Advance(site.Factory.Services.GetRequiredService<IOptions<NewsletterOptions>>().Value.PollInterval);

        await site.Smtp.WaitForMessagesAsync(2);
        Assert.Equal(2, site.ReceivedBy(release.Addresses).Count);
        // The edition is closed just after the last outcome is written, a moment after the mail arrives.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await site.EditionAsync(release.EditionId)).Status != DigestEditionStatus.Sent && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(DigestEditionStatus.Sent, (await site.EditionAsync(release.EditionId)).Status);
    }
}
