using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure.Background;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Runs the <see cref="DigestSender"/> in the background: it sends while there is work and looks
/// again every <see cref="NewsletterOptions.PollInterval"/> when there is none.
/// </summary>
public sealed class DigestSenderWorker(DigestSender sender, IOptions<NewsletterOptions> options, TimeProvider time, ILogger<DigestSenderWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string Work => "The digest sender";

    protected override Task RunPassAsync(CancellationToken cancellationToken) => sender.SendAllDueAsync(cancellationToken);
}
