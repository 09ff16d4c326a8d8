namespace NewsSite.Web.Email.Outbox;

/// <summary>
/// A transactional email waiting to be sent, or sent. Rows are written in the same transaction
/// as the change that caused them (a sign-up, an invitation), so an email is never promised
/// and then forgotten; the <see cref="OutboxWorker"/> sends them and retries failures.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string ToAddress { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }

    /// <summary>Fixed when queued, so a message resent after a crash is recognisably the same one.</summary>
    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While set and in the future, one worker owns the message; a crashed worker's lease simply runs out.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}
