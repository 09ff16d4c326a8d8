namespace NewsSite.Web.Subscriptions;

/// <summary>Settings of the <c>Subscriptions</c> configuration section.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>How long a confirmation link works (double opt-in).</summary>
    public TimeSpan ConfirmationLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a privacy-centre link works: it opens a person's data, so not long.</summary>
    public TimeSpan PrivacyLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// At most one email per address in this time from each public form (subscribe, privacy
    /// centre), however often the address is typed in: the forms cannot flood someone's inbox.
    /// </summary>
    public TimeSpan EmailInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Posts to the public subscription forms (subscribe, privacy centre) allowed per IP address per minute.</summary>
    public int FormPostsPerMinute { get; set; } = 5;
}
