using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Email;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Sends released editions' copies: <see cref="CopiesToSend"/> claims them and queues them, each
/// connection of the pool takes the next one when it is free (so a slow one holds up only its
/// own), asks <see cref="IDigestMessages"/> for the message and sends it, and
/// <see cref="DeliveryOutcomeWriter"/> stores each outcome. Any number of senders may run at once.
/// </summary>
public sealed partial class DigestSender(
    IServiceScopeFactory scopes,
    DigestSmtpPool pool,
    DeliveryOutcomes outcomes,
    TimeProvider time,
    IOptions<NewsletterOptions> options,
    ILogger<DigestSender> logger)
{
    private readonly NewsletterOptions _options = options.Value;

    /// <summary>
    /// How many copies each connection may have sent whose outcome is not yet stored: the most a
    /// crash can make the site send twice, per connection.
    /// </summary>
    public const int UnrecordedCopiesPerConnection = 2;

    /// <summary>Sends until nothing is due, then closes the connections until there is work again.</summary>
    /// <returns>How many copies were claimed.</returns>
    public async Task<int> SendAllDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(untilNoneDue: true, cancellationToken);
        }
        finally
        {
            await pool.CloseAllAsync();
        }
    }

    /// <summary>Claims one batch and sends it.</summary>
    /// <returns>How many copies were claimed.</returns>
    public Task<int> SendBatchAsync(CancellationToken cancellationToken) => SendAsync(untilNoneDue: false, cancellationToken);

    private async Task<int> SendAsync(bool untilNoneDue, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var copies = new CopiesToSend(scopes, time, _options);
        var claiming = copies.ClaimAsync(untilNoneDue, stop.Token);
        using (var writer = new DeliveryOutcomeWriter(scopes, UnrecordedCopiesPerConnection * pool.Connections.Count, stop))
        {
            try
            {
                await Task.WhenAll(pool.Connections.Select(connection => SendFromQueueAsync(connection, copies.Queue, writer, stop)));
            }
            finally
            {
                await writer.CompleteAsync();
                // Claiming ends once the connections stop taking copies; a failure of its own is the one they stopped on.
                await ((Task)claiming).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        var claimed = await claiming;
        await using var scope = scopes.CreateAsyncScope();
        await DeliveryClaims.CompleteFinishedEditionsAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), time.GetUtcNow(), cancellationToken);
        return claimed;
    }

    private async Task SendFromQueueAsync(PooledSmtpConnection connection, ChannelReader<ClaimedCopy> queue, DeliveryOutcomeWriter writer, CancellationTokenSource stop)
    {
        // A scope per connection: the messages' maker may use a DbContext, which is not to be shared between threads.
        await using var scope = scopes.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<IDigestMessages>();
        try
        {
            await foreach (var copy in queue.ReadAllAsync(stop.Token))
            {
                if (!IsStillLeased(copy.Delivery))
                {
                    // Another sender may claim it any moment now; it is left for whoever does.
                    LogLeaseRanOut(logger, copy.Delivery.MessageId);
                    continue;
                }
                await writer.WaitForRoomAsync(stop.Token);
                writer.Record(await SendOneAsync(connection, messages, copy, stop.Token));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutting down, or another part failed and said so: copies not sent come back when their lease runs out.
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    /// <summary>Whether a quarter of the copy's lease is left, time enough to send it before anyone else may claim it.</summary>
    private bool IsStillLeased(DigestDelivery delivery) =>
        delivery.LockedUntil is { } lockedUntil && time.GetUtcNow() < lockedUntil - (_options.ClaimDuration / 4);

    private async Task<DeliveryOutcome> SendOneAsync(PooledSmtpConnection connection, IDigestMessages messages, ClaimedCopy copy, CancellationToken cancellationToken)
    {
        var delivery = copy.Delivery;
        if (!copy.Recipients.TryGet(delivery, out var subscriber, out var reasonNotMailed))
        {
            return outcomes.Skipped(delivery, reasonNotMailed);
        }
        try
        {
            var message = await messages.CreateAsync(delivery, subscriber, cancellationToken);
            if (message is null)
            {
                return outcomes.Skipped(delivery, "None of the edition's articles is in the subscriber's sections.");
            }
            await pool.WaitForTurnAsync(cancellationToken);
            await connection.SendAsync(message, cancellationToken);
            return outcomes.Sent(delivery);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var outcome = outcomes.Failed(delivery, e, subscriber.Email!);
            LogFailure(delivery, subscriber, e, outcome);
            return outcome;
        }
    }

    private void LogFailure(DigestDelivery delivery, Subscriber subscriber, Exception error, DeliveryOutcome outcome)
    {
        var recipient = EmailAddressMask.Mask(subscriber.Email!);
        if (error is MailKit.Security.SslHandshakeException)
        {
            // A certificate the site cannot trust is a configuration problem someone must see, not a hiccup.
            LogCertificateRefused(logger, delivery.MessageId, DeliveryErrorText.Describe(error));
        }
        LogSendFailed(logger, delivery.MessageId, recipient, delivery.Attempts, outcome.Status, outcome.Error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {MessageId} was not sent within its lease and is left to be claimed again.")]
    private static partial void LogLeaseRanOut(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {MessageId} not sent: the SMTP server's TLS certificate was refused. {Reason}")]
    private static partial void LogCertificateRefused(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {MessageId} to {Recipient} failed on attempt {Attempt}: now {Status}. {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string messageId, string recipient, int attempt, DigestDeliveryStatus status, string? reason);
}
