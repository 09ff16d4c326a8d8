using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Email;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Sends released editions' copies: claims a batch, checks each recipient is still to be mailed,
/// asks <see cref="IDigestMessages"/> for the message and sends it over the pool's connections in
/// parallel, writing each outcome back as it comes. Any number of senders may run at once.
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

    /// <summary>Sends batch after batch until nothing is due, then closes the connections until there is work again.</summary>
    /// <returns>How many copies were claimed.</returns>
    public async Task<int> SendAllDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        try
        {
            int claimed;
            do
            {
                claimed = await SendBatchAsync(cancellationToken);
                total += claimed;
            }
            while (claimed > 0 && !cancellationToken.IsCancellationRequested);
        }
        finally
        {
            await pool.CloseAllAsync();
        }
        return total;
    }

    /// <returns>How many copies were claimed.</returns>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var suppression = scope.ServiceProvider.GetRequiredService<SuppressionList>();
        var batch = await DeliveryClaims.ClaimAsync(db, time.GetUtcNow(), _options.ClaimDuration, _options.BatchSize, cancellationToken);
        if (batch.Count > 0)
        {
            var recipients = await DeliveryRecipients.LoadAsync(db, suppression, batch, cancellationToken);
            var queue = new ConcurrentQueue<DigestDelivery>(batch);
            var writer = new DeliveryOutcomeWriter(db, suppression);
            try
            {
                // Each connection takes the next copy when it is free, so a slow one holds up only its own.
                await Task.WhenAll(pool.Connections.Take(batch.Count).Select(connection => SendQueueAsync(connection, queue, recipients, writer, cancellationToken)));
            }
            finally
            {
                await writer.CompleteAsync();
            }
        }
        await DeliveryClaims.CompleteFinishedEditionsAsync(db, time.GetUtcNow(), cancellationToken);
        return batch.Count;
    }

    private async Task SendQueueAsync(
        PooledSmtpConnection connection, ConcurrentQueue<DigestDelivery> queue, DeliveryRecipients recipients, DeliveryOutcomeWriter writer, CancellationToken cancellationToken)
    {
        // A scope per connection: the messages' maker may use a DbContext, which is not to be shared between threads.
        await using var scope = scopes.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<IDigestMessages>();
        while (!cancellationToken.IsCancellationRequested && queue.TryDequeue(out var delivery))
        {
            writer.Record(await SendOneAsync(connection, messages, delivery, recipients, cancellationToken));
        }
    }

    private async Task<DeliveryOutcome> SendOneAsync(
        PooledSmtpConnection connection, IDigestMessages messages, DigestDelivery delivery, DeliveryRecipients recipients, CancellationToken cancellationToken)
    {
        if (!recipients.TryGet(delivery, out var subscriber, out var reasonNotMailed))
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
            LogCertificateRefused(logger, delivery.MessageId, SendFailures.Describe(error));
        }
        LogSendFailed(logger, delivery.MessageId, recipient, delivery.Attempts, outcome.Status, outcome.Error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {MessageId} not sent: the SMTP server's TLS certificate was refused. {Reason}")]
    private static partial void LogCertificateRefused(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {MessageId} to {Recipient} failed on attempt {Attempt}: now {Status}. {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string messageId, string recipient, int attempt, DigestDeliveryStatus status, string? reason);
}
