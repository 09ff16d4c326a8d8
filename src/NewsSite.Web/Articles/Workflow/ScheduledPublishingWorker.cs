using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure.Background;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// Publishes scheduled articles when their time comes (<see cref="ScheduledPublisher"/>), every
/// <see cref="ScheduledPublishingOptions.PollInterval"/>. While the database is down, passes fail,
/// are logged, and the next tick tries again; the site keeps serving readers.
/// </summary>
public sealed class ScheduledPublishingWorker(
    IServiceScopeFactory scopes, IOptions<ScheduledPublishingOptions> options, TimeProvider time, ILogger<ScheduledPublishingWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string Work => "Scheduled publishing";

    /// <summary>Publishes batch after batch until nothing more is due.</summary>
    protected override Task RunPassAsync(CancellationToken cancellationToken) =>
        DrainAsync<ScheduledPublisher>(scopes, (service, cancellation) => service.PublishDueAsync(cancellation), cancellationToken);
}
