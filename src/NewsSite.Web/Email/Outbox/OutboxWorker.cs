using Microsoft.Extensions.Options;

namespace NewsSite.Web.Email.Outbox;

/// <summary>
/// Sends queued transactional email in the background. A failing pass (database restarting,
/// SMTP server down) is logged and tried again on the next tick; nothing is dropped.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Outbox.PollInterval, time);
        do
        {
            await DispatchUntilIdleAsync(stoppingToken);
        }
        while (await WaitForNextTickAsync(timer, stoppingToken));
    }

    private async Task DispatchUntilIdleAsync(CancellationToken stoppingToken)
    {
        try
        {
            int claimed;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
            }
            while (claimed > 0 && !stoppingToken.IsCancellationRequested);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The email outbox could not be processed; trying again shortly");
        }
    }

    private static async Task<bool> WaitForNextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
