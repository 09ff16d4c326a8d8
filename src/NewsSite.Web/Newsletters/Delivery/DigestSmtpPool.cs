using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Email;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// One sender's open SMTP connections (<see cref="NewsletterOptions.PoolSize"/>) and the rate
/// they share (<see cref="NewsletterOptions.MaxMessagesPerSecond"/>, 0 for none).
/// </summary>
public sealed class DigestSmtpPool : IAsyncDisposable
{
    private readonly PooledSmtpConnection[] _connections;
    private readonly TokenBucketRateLimiter? _rate;

    public DigestSmtpPool(IOptions<EmailOptions> email, IOptions<NewsletterOptions> newsletters)
    {
        var options = newsletters.Value;
        _connections = Enumerable.Range(0, Math.Max(1, options.PoolSize)).Select(_ => new PooledSmtpConnection(email.Value.Smtp)).ToArray();
        if (options.MaxMessagesPerSecond > 0)
        {
            _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.MaxMessagesPerSecond,
                TokensPerPeriod = options.MaxMessagesPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = int.MaxValue,
                AutoReplenishment = true,
            });
        }
    }

    public IReadOnlyList<PooledSmtpConnection> Connections => _connections;

    /// <summary>Waits until the rate allows one more message from any of the connections.</summary>
    public async ValueTask WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (_rate is not null)
        {
            using var lease = await _rate.AcquireAsync(1, cancellationToken);
        }
    }

    public async Task CloseAllAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        _rate?.Dispose();
    }
}
