namespace NewsSite.Web.SiteSettings;

/// <summary>What the settings page edits, as the form posts it.</summary>
public sealed class SettingsForm
{
    public const int SocialLinkRows = 8;

    public string SiteName { get; set; } = "";
    public string Description { get; set; } = "";
    public string PostalAddress { get; set; } = "";
    public bool CountDigestOpens { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public List<SocialLinkForm> SocialLinks { get; set; } = [];
    public int AdEveryParagraphs { get; set; }
    public AdSlotForm InArticleAd { get; set; } = new();
    public AdSlotForm SidebarAd { get; set; } = new();

    /// <summary>Form binding turns an emptied field into null; the rules expect empty text.</summary>
    public SettingsForm Normalized()
    {
        SiteName ??= "";
        Description ??= "";
        PostalAddress ??= "";
        TimeZone ??= "";
        SocialLinks = [.. (SocialLinks ?? []).Select(l => new SocialLinkForm { Network = l.Network ?? "", Url = l.Url ?? "" })];
        InArticleAd = (InArticleAd ?? new()).Normalized();
        SidebarAd = (SidebarAd ?? new()).Normalized();
        return this;
    }
}

public sealed class SocialLinkForm
{
    public string Network { get; set; } = "";
    public string Url { get; set; } = "";
}

/// <summary>An advertisement slot: none, an image with a link, or an embed from a trusted ad server.</summary>
public sealed class AdSlotForm
{
    public AdKind Kind { get; set; }
    public string ImageUrl { get; set; } = "";
    public string LinkUrl { get; set; } = "";
    public string AltText { get; set; } = "";
    public string EmbedUrl { get; set; } = "";
    public int Width { get; set; } = 300;
    public int Height { get; set; } = 250;

    public AdSlotForm Normalized()
    {
        ImageUrl ??= "";
        LinkUrl ??= "";
        AltText ??= "";
        EmbedUrl ??= "";
        return this;
    }
}

public enum AdKind
{
    None,
    Image,
    Embed,
}
