namespace NewsSite.Web.Newsletters;

/// <summary>Settings of the <c>Newsletters</c> configuration section. The SMTP server itself is <c>Email:Smtp</c>.</summary>
public sealed class NewsletterOptions
{
    public const string SectionName = "Newsletters";

    /// <summary>Open SMTP connections kept by each instance's sender; messages go out over them in parallel.</summary>
    public int PoolSize { get; set; } = 10;

    /// <summary>The most messages each instance sends per second; 0 for no limit.</summary>
    public int MaxMessagesPerSecond { get; set; }

    /// <summary>How many deliveries a sender claims at a time.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often a sender with nothing to do looks for deliveries, and the scheduler for a due edition.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed batch stays the claimant's; after a crash its unfinished copies are claimed again after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Temporary failures are retried after this, doubling up to <see cref="MaxRetryDelay"/>, <see cref="MaxAttempts"/> times in all.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 8;

    /// <summary>DKIM signing, when <see cref="DkimDomain"/> is set: the signing domain, selector and a PEM private key (or a path to one).</summary>
    public string DkimDomain { get; set; } = "";
    public string DkimSelector { get; set; } = "";
    public string DkimPrivateKey { get; set; } = "";
}
