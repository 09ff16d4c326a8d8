using NewsSite.Web.Slugs;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.SitePages;

/// <summary>What the public standing pages read: a page's version in force, one published version, and where a renamed page went.</summary>
public sealed class SitePageQuery(NewsDbContext db)
{
    /// <summary>The version in force now: the newest whose effective date has come.</summary>
    public Task<SitePageView?> CurrentAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == slug && v.EffectiveFrom <= now)
            .OrderByDescending(v => v.Version)
            .Select(v => new SitePageView(slug, v.Title, v.Summary, v.BodyHtml, v.Version, v.EffectiveFrom))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Version <paramref name="version"/> as published, once its effective date has come; earlier versions stay readable for good.</summary>
    public Task<SitePageView?> VersionAsync(string slug, int version, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == slug && v.Version == version && v.EffectiveFrom <= now)
            .Select(v => new SitePageView(slug, v.Title, v.Summary, v.BodyHtml, v.Version, v.EffectiveFrom))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The slug of the page that was given a new one in place of <paramref name="oldSlug"/>; null when none was.</summary>
    public async Task<string?> NewSlugAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var targetId = await SlugRedirects.FindTargetAsync(db, SlugKind.SitePage, oldSlug, cancellationToken);
        return targetId is null ? null
            : await db.SitePages.Where(p => p.Id == targetId).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
    }
}
