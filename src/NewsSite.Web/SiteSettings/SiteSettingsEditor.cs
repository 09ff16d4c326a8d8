using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// Loads and saves the settings row for the Admins' settings page. Everything is checked before
/// anything is saved; a change evicts every node's cached pages like any other public change.
/// </summary>
public sealed class SiteSettingsEditor(NewsDbContext db, SiteSettingsCache siteSettings, IOptions<AdOptions> ads, AuditLog audit, TimeProvider time)
{
    public static IReadOnlyList<string> TimeZones { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal).ToList();

    public async Task<SettingsForm> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = (await siteSettings.GetAsync(cancellationToken)).Settings;
        return new SettingsForm
        {
            SiteName = settings.SiteName,
            Description = settings.Description,
            PostalAddress = settings.PostalAddress,
            CountDigestOpens = settings.CountDigestOpens,
            TimeZone = settings.TimeZone,
            SocialLinks = [.. settings.SocialLinks.Select(l => new SocialLinkForm { Network = l.Network, Url = l.Url })],
            AdEveryParagraphs = settings.Ads.EveryParagraphs,
            InArticleAd = ToForm(settings.Ads.InArticle),
            SidebarAd = ToForm(settings.Ads.Sidebar),
        };
    }

    public async Task<IReadOnlyList<string>> SaveAsync(SettingsForm form, string adminId, string adminName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form = form.Normalized();
        var links = form.SocialLinks.Where(l => l.Network.Trim().Length > 0 || l.Url.Trim().Length > 0).ToList();
        var problems = new SettingsValidation(ads.Value).Check(form, links);
        if (problems.Count > 0)
        {
            return problems;
        }
        var settings = await db.SiteSettings.SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.SiteSettings.Add(settings);
        }
        settings.SiteName = form.SiteName.Trim();
        settings.Description = form.Description.Trim();
        settings.PostalAddress = form.PostalAddress.Trim();
        settings.CountDigestOpens = form.CountDigestOpens;
        settings.TimeZone = form.TimeZone;
        settings.SocialLinks = [.. links.Select(l => new SocialLink { Network = l.Network.Trim(), Url = l.Url.Trim() })];
        settings.Ads = new AdSettings { EveryParagraphs = form.AdEveryParagraphs, InArticle = ToSlot(form.InArticleAd), Sidebar = ToSlot(form.SidebarAd) };
        settings.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.SettingsChanged, "site settings", adminId, adminName, cancellationToken);
        return [];
    }

    private static AdSlotForm ToForm(AdSlot? slot) => slot switch
    {
        null => new AdSlotForm(),
        { EmbedUrl: { Length: > 0 } embed } => new AdSlotForm { Kind = AdKind.Embed, EmbedUrl = embed, Width = slot.Width, Height = slot.Height },
        _ => new AdSlotForm { Kind = AdKind.Image, ImageUrl = slot.ImageUrl ?? "", LinkUrl = slot.LinkUrl ?? "", AltText = slot.AltText, Width = slot.Width, Height = slot.Height },
    };

    private static AdSlot? ToSlot(AdSlotForm form) => form.Kind switch
    {
        AdKind.Image => new AdSlot { ImageUrl = form.ImageUrl.Trim(), LinkUrl = form.LinkUrl.Trim(), AltText = form.AltText.Trim(), Width = form.Width, Height = form.Height },
        AdKind.Embed => new AdSlot { EmbedUrl = form.EmbedUrl.Trim(), Width = form.Width, Height = form.Height },
        _ => null,
    };
}
