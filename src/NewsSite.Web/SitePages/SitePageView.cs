using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.SitePages;

/// <summary>The version of a standing page in force now: the newest whose effective date has come.</summary>
public sealed record SitePageView(string Slug, string Title, string Summary, string BodyHtml, int Version, DateTimeOffset EffectiveFrom)
{
    public static Task<SitePageView?> FindCurrentAsync(NewsDbContext db, string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == slug && v.EffectiveFrom <= now)
            .OrderByDescending(v => v.Version)
            .Select(v => new SitePageView(slug, v.Title, v.Summary, v.BodyHtml, v.Version, v.EffectiveFrom))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Version <paramref name="version"/> as published, once its effective date has come; earlier versions stay readable for good.</summary>
    public static Task<SitePageView?> FindVersionAsync(NewsDbContext db, string slug, int version, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == slug && v.Version == version && v.EffectiveFrom <= now)
            .Select(v => new SitePageView(slug, v.Title, v.Summary, v.BodyHtml, v.Version, v.EffectiveFrom))
            .FirstOrDefaultAsync(cancellationToken);
}
