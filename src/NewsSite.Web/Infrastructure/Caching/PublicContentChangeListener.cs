using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using Npgsql;

namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// Keeps one connection listening for <see cref="PublicContentChanges.Channel"/> and forgets this
/// node's cached public content when another node announces a change. Notices sent while the
/// connection was down are lost, so every (re)connection starts by forgetting everything.
/// </summary>
public sealed partial class PublicContentChangeListener(
    IServiceScopeFactory scopes, PublicContentChanges changes, TimeProvider time, ILogger<PublicContentChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private TimeSpan _retry = FirstRetry;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ListenerConnectionString();
        while (true)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                LogListenerDown(logger, e.Message, _retry.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(_retry, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _retry = TimeSpan.FromTicks(Math.Min(_retry.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var heard = false;
        connection.Notification += (_, notice) => heard |= notice.Payload != changes.NodeId;
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {PublicContentChanges.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        _retry = FirstRetry;
        await changes.ForgetLocallyAsync();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            if (heard)
            {
                heard = false;
                await changes.ForgetLocallyAsync();
            }
        }
    }

    /// <summary>
    /// The site's own database, on a connection of its own: outside the pool (which would keep the
    /// LISTEN on a connection handed to a request later) and with keep-alives, so a server that
    /// vanished without closing the socket is noticed.
    /// </summary>
    private string ListenerConnectionString()
    {
        using var scope = scopes.CreateScope();
        var configured = scope.ServiceProvider.GetRequiredService<NewsDbContext>().Database.GetConnectionString();
        return new NpgsqlConnectionStringBuilder(configured) { Pooling = false, KeepAlive = 30 }.ConnectionString;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for other nodes' content changes ({Reason}); retrying in {Seconds} s.")]
    private static partial void LogListenerDown(ILogger logger, string reason, double seconds);
}
