namespace NewsSite.Web.Infrastructure.Background;

/// <summary>
/// A job that runs one pass when the site starts and another on every tick of its interval. A
/// failing pass (the database restarting, a mail server down) is logged and tried again on the
/// next tick: a background job never stops the site, which serves readers without it.
/// </summary>
public abstract partial class PollingWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    private PeriodicTimer? timer;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job is, as the log names it when a pass fails ("The email outbox").</summary>
    protected abstract string Work { get; }

    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    /// <summary>One pass, as the timer runs it: a failure is logged, not thrown.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunPassAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogPassFailed(logger, Work, e);
        }
    }

    /// <summary>
    /// Runs <paramref name="batch"/> again and again, each time with a <typeparamref name="TService"/>
    /// from a scope of its own, until it reports that it found nothing to do: a backlog drains in
    /// one pass instead of one batch per tick.
    /// </summary>
    protected static async Task DrainAsync<TService>(
        IServiceScopeFactory scopes, Func<TService, CancellationToken, Task<int>> batch, CancellationToken cancellationToken)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(batch);
        int done;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            done = await batch(scope.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
        }
        while (done > 0 && !cancellationToken.IsCancellationRequested);
    }

    /// <summary>
    /// Starts the interval as the site starts. ExecuteAsync runs on a thread-pool thread whenever
    /// one is free, so a timer made there would count from some moment after start-up, and a
    /// tick due before it would be missed.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ticks = timer ?? throw new InvalidOperationException("The worker runs only after StartAsync.");
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await WaitForNextTickAsync(ticks, stoppingToken));
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

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} could not be processed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, string work, Exception exception);
}
