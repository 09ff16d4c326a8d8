using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters;

/// <summary>
/// One issue of the daily or weekly digest: the articles published in its period, in the order
/// editors chose, with an optional intro. It is made once per period (the unique
/// <see cref="PeriodKey"/> sees to that, however many instances run) and, once released, has one
/// <see cref="DigestDelivery"/> row per recipient.
/// </summary>
public class DigestEdition
{
    public const int SubjectMaxLength = 200;
    public const int IntroMaxLength = 4000;

    public long Id { get; set; }
    public DigestFrequency Frequency { get; set; }

    /// <summary>The schedule's period this edition belongs to (<c>2026-11-29</c> for a daily one, <c>2026-W48</c> for a weekly one), or <c>now-…</c> for one sent on demand.</summary>
    public required string PeriodKey { get; set; }

    public DigestEditionStatus Status { get; set; } = DigestEditionStatus.Draft;
    public string Subject { get; set; } = "";
    public string Intro { get; set; } = "";

    /// <summary>Articles published after this moment and up to <see cref="Until"/> belong to the edition.</summary>
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset Until { get; set; }

    public List<DigestEditionArticle> Articles { get; set; } = [];

    /// <summary>
    /// Times the edition's open-count image was loaded while an Admin had counting on
    /// (<see cref="DigestOpens"/>): a total for the edition, never tied to a reader, and low,
    /// since many mail programs block images.
    /// </summary>
    public long OpenCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum DigestEditionStatus
{
    /// <summary>Being prepared: editors may reorder, drop articles and write the intro.</summary>
    Draft,

    /// <summary>Released: its deliveries are being sent.</summary>
    Sending,

    /// <summary>Released, but the senders leave its deliveries alone until it is resumed.</summary>
    Paused,

    /// <summary>Every delivery has its outcome.</summary>
    Sent,

    /// <summary>Had no article for anyone, so nothing was sent.</summary>
    Skipped,
}

/// <summary>An article in an edition, at the place editors gave it.</summary>
public class DigestEditionArticle
{
    public long EditionId { get; set; }
    public int ArticleId { get; set; }
    public Articles.Article? Article { get; set; }
    public int Position { get; set; }
}
