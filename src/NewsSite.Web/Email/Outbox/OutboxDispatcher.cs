using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Email.Sending;

namespace NewsSite.Web.Email.Outbox;

/// <summary>
/// One pass over the outbox: claims due messages (<c>FOR UPDATE SKIP LOCKED</c>, so several
/// instances never take the same one), sends each, and records the outcome.
/// </summary>
public sealed class OutboxDispatcher(
    NewsDbContext db,
    IEmailTransport transport,
    MimeMessageFactory messages,
    TimeProvider time,
    IOptions<EmailOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Longer than any SMTP timeout: a message is only reclaimed once its sender has surely given up.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly OutboxOptions _outbox = options.Value.Outbox;
    private readonly RetryBackoff _backoff = new(options.Value.Outbox.FirstRetryDelay, options.Value.Outbox.MaxRetryDelay);

    /// <returns>How many messages were claimed.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimDueAsync(cancellationToken);
        foreach (var message in claimed)
        {
            await SendOneAsync(message, cancellationToken);
        }
        return claimed.Count;
    }

    private Task<List<OutboxMessage>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseEnd = now + Lease;
        return db.OutboxMessages.FromSql($"""
            UPDATE outbox_messages SET locked_until = {leaseEnd}, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM outbox_messages
                WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now}
                  AND (locked_until IS NULL OR locked_until < {now})
                ORDER BY next_attempt_at
                LIMIT {_outbox.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    private async Task SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var mime = messages.Create(message.ToAddress, message.Subject, message.HtmlBody, message.TextBody, message.MessageId, message.CreatedAt);
        try
        {
            await transport.SendAsync(mime, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(message, e, cancellationToken);
            return;
        }
        var now = time.GetUtcNow();
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, (string?)null),
            CancellationToken.None);
        logger.LogInformation("Sent email {MessageId} to {Recipient}", message.MessageId, EmailAddressMask.Mask(message.ToAddress));
    }

    private async Task RecordFailureAsync(OutboxMessage message, Exception error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var giveUp = SmtpFailures.IsRecipientRejected(error) || message.Attempts >= _outbox.MaxAttempts;
        var retryAt = now + _backoff.DelayAfter(message.Attempts);
        var reason = Truncate(error.Message, 2000);
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, reason)
                .SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.FailedAt, giveUp ? now : null),
            cancellationToken);
        // The reason may quote the address, so only its kind goes to the log.
        logger.LogWarning(
            "Email {MessageId} to {Recipient} failed on attempt {Attempt} ({ErrorKind}); {Outcome}",
            message.MessageId, EmailAddressMask.Mask(message.ToAddress), message.Attempts, SmtpFailures.Kind(error),
            giveUp ? "giving up" : $"retrying at {retryAt:u}");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
