using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// The publication's own settings, edited by Admins: one row. Lists and slots are stored as JSON
/// beside the row because they are always read and written whole.
/// </summary>
[PublicContent]
public class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string SiteName { get; set; } = "NewsSite";
    public string Description { get; set; } = "";

    /// <summary>The publication's postal address, printed in every digest because anti-spam law (CAN-SPAM and others) asks bulk mail for one.</summary>
    public string PostalAddress { get; set; } = "";

    /// <summary>
    /// Whether digests carry a 1×1 image that counts opens per edition. Off unless an Admin turns it
    /// on: it identifies no reader, yet readers may not expect their mail to report back at all.
    /// </summary>
    public bool CountDigestOpens { get; set; }

    /// <summary>IANA time zone in which dates are shown and schedules run, e.g. <c>Europe/London</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    public List<SocialLink> SocialLinks { get; set; } = [];
    public AdSettings Ads { get; set; } = new();
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A "Follow us" link in the header and footer.</summary>
public class SocialLink
{
    public required string Network { get; set; }
    public required string Url { get; set; }
}
