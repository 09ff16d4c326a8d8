using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure.Background;

namespace NewsSite.Web.Email.Outbox;

/// <summary>
/// Sends queued transactional email in the background. A failing pass (database restarting,
/// SMTP server down) is logged and tried again on the next tick; nothing is dropped.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Interval => options.Value.Outbox.PollInterval;

    protected override string Work => "The email outbox";

    /// <summary>Dispatches until nothing is due, so a backlog drains without waiting for further ticks.</summary>
    protected override Task RunPassAsync(CancellationToken cancellationToken) =>
        DrainAsync<OutboxDispatcher>(scopes, (service, cancellation) => service.DispatchDueAsync(cancellation), cancellationToken);
}
