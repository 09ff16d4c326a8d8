using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure.Background;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>Runs the <see cref="DigestScheduler"/> every <see cref="NewsletterOptions.PollInterval"/>.</summary>
public sealed class DigestSchedulerWorker(
    IServiceScopeFactory scopes, IOptions<NewsletterOptions> options, TimeProvider time, ILogger<DigestSchedulerWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string Work => "The digest schedule";

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DigestScheduler>().RunAsync(cancellationToken);
    }
}
