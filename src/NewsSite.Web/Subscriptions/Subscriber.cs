namespace NewsSite.Web.Subscriptions;

/// <summary>
/// A person who asked for the email digest. What they agreed to, and when, is not kept here but in
/// the append-only <see cref="Consent.ConsentRecord"/> ledger; this row is their current state.
/// Erasure keeps the row as a tombstone with no address, so the ledger's rows still have a subject
/// that no longer identifies anyone.
/// </summary>
public class Subscriber
{
    public const int EmailMaxLength = 254;

    public long Id { get; set; }

    /// <summary>The normalised address (see <see cref="Addresses.SubscriberAddress"/>); null once erased.</summary>
    public string? Email { get; set; }

    public SubscriberStatus Status { get; set; } = SubscriberStatus.Pending;
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Daily;

    /// <summary>Sections of interest; empty means every section.</summary>
    public List<int> SectionIds { get; set; } = [];

    /// <summary>
    /// The secret in the personal links of every email (preferences, unsubscribe). Random and kept
    /// in the row, so that mailing 100,000 people costs no cryptography per link; empty once erased.
    /// </summary>
    public string LinkKey { get; set; } = "";

    /// <summary>SHA-256 of the secret in the pending confirmation link; cleared once used, so a link works once.</summary>
    public string? ConfirmationTokenHash { get; set; }
    public DateTimeOffset? ConfirmationSentAt { get; set; }

    /// <summary>SHA-256 of the secret in the latest privacy-centre link.</summary>
    public string? PrivacyTokenHash { get; set; }
    public DateTimeOffset? PrivacyTokenSentAt { get; set; }

    /// <summary>When the subscribe form last made NewsSite email this address; see <see cref="SubscriptionOptions.EmailInterval"/>.</summary>
    public DateTimeOffset? FormEmailSentAt { get; set; }

    /// <summary>The form (or import) the subscription came from: <c>article</c>, <c>footer</c>, <c>subscribe-page</c>, <c>import</c>.</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
}

public enum SubscriberStatus
{
    /// <summary>Subscribed from a form; waits for the confirmation link (double opt-in). Never mailed a digest.</summary>
    Pending,
    Active,
    Paused,
    Unsubscribed,
    Erased,
}

public enum DigestFrequency
{
    Daily,
    Weekly,
}
