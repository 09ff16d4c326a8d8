namespace NewsSite.Web.Newsletters;

/// <summary>
/// One recipient's copy of an edition. All are written in one transaction when the edition is
/// released; senders claim them in batches (<c>FOR UPDATE SKIP LOCKED</c>), so any number of
/// instances send without sending one twice. <see cref="MessageId"/> is fixed at release: a copy
/// whose fate is unknown after a crash is sent again under the same Message-ID.
/// </summary>
public class DigestDelivery
{
    public const int ErrorMaxLength = 1000;

    public long Id { get; set; }
    public long EditionId { get; set; }
    public long SubscriberId { get; set; }
    public DigestDeliveryStatus Status { get; set; } = DigestDeliveryStatus.Queued;
    public required string MessageId { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the copy may next be tried (after a temporary failure, later than its release).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A sender that claimed the copy holds it until then; after a crash it is claimed again.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

public enum DigestDeliveryStatus
{
    Queued,

    /// <summary>Failed for now (4xx, timeout, dropped connection): tried again after a backoff.</summary>
    Deferred,
    Sent,

    /// <summary>Refused for good (5xx) or out of attempts; the reason is in <see cref="DigestDelivery.LastError"/>.</summary>
    Failed,

    /// <summary>Not sent because the subscriber unsubscribed, paused or was erased after the release.</summary>
    Skipped,
}
