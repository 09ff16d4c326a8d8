namespace NewsSite.Web.SiteSettings;

/// <summary>The rules a settings form must meet, each broken rule a sentence an Admin can act on.</summary>
public sealed class SettingsValidation(AdOptions ads)
{
    public const int MaxSiteNameLength = 120;
    public const int MaxDescriptionLength = 500;
    public const int MaxPostalAddressLength = 300;

    public List<string> Check(SettingsForm form, IReadOnlyList<SocialLinkForm> links)
    {
        var problems = new List<string>();
        if (form.SiteName.Trim().Length is 0 or > MaxSiteNameLength)
        {
            problems.Add($"The site name must be 1 to {MaxSiteNameLength} characters.");
        }
        if (form.Description.Trim().Length > MaxDescriptionLength)
        {
            problems.Add($"The description must be at most {MaxDescriptionLength} characters.");
        }
        if (form.PostalAddress.Trim().Length > MaxPostalAddressLength)
        {
            problems.Add($"The postal address must be at most {MaxPostalAddressLength} characters.");
        }
        if (!SiteSettingsEditor.TimeZones.Contains(form.TimeZone))
        {
            problems.Add("Choose a time zone from the list.");
        }
        if (links.Count > SettingsForm.SocialLinkRows)
        {
            problems.Add($"At most {SettingsForm.SocialLinkRows} social links.");
        }
        foreach (var link in links)
        {
            if (link.Network.Trim().Length is 0 or > 40 || !IsHttps(link.Url))
            {
                problems.Add($"Each social link needs a name of up to 40 characters and an https:// address (check “{link.Network.Trim()}”).");
            }
        }
        if (form.AdEveryParagraphs is < 0 or > 50)
        {
            problems.Add("Put the in-article advertisement after 1 to 50 paragraphs, or 0 for none.");
        }
        CheckSlot(form.InArticleAd, "in-article", problems);
        CheckSlot(form.SidebarAd, "sidebar", problems);
        return problems;
    }

    private void CheckSlot(AdSlotForm slot, string name, List<string> problems)
    {
        if (slot.Kind == AdKind.None)
        {
            return;
        }
        if (slot.Width is < 50 or > 1200 || slot.Height is < 50 or > 1200)
        {
            problems.Add($"The {name} advertisement must be 50 to 1200 pixels wide and high.");
        }
        if (slot.Kind == AdKind.Image && (!IsHttpsOrSitePath(slot.ImageUrl) || !IsHttpsOrSitePath(slot.LinkUrl) || slot.AltText.Trim().Length is 0 or > 200))
        {
            problems.Add($"The {name} image advertisement needs an image address and a link (https:// or starting with /) and a short text for readers who cannot see it.");
        }
        if (slot.Kind == AdKind.Embed && !ads.IsTrustedEmbed(slot.EmbedUrl.Trim()))
        {
            problems.Add($"The {name} embed must come from a trusted ad server: {(ads.TrustedEmbedOrigins.Count == 0 ? "none is configured (Ads:TrustedEmbedOrigins)" : string.Join(", ", ads.TrustedEmbedOrigins))}.");
        }
    }

    private static bool IsHttps(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && url.Trim().Length <= 500;

    private static bool IsHttpsOrSitePath(string url) =>
        IsHttps(url) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && url.Length <= 500 && !url.Contains('\\', StringComparison.Ordinal));
}
