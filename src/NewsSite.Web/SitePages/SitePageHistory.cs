using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.SitePages;

/// <summary>One version as the admin area shows it; <paramref name="Version"/> 0 means the page has none in force yet.</summary>
public sealed record SitePageVersionSummary(int Version, string Title, DateTimeOffset EffectiveFrom);

/// <summary>
/// A standing page in the admin list: the version readers see now (<see cref="SitePageQuery.CurrentAsync"/>'s
/// rule: the highest version whose effective date has come) and, when a newer one waits for its
/// date, that one too.
/// </summary>
public sealed record SitePageRow(int Id, string Slug, int SortOrder, SitePageVersionSummary? Current, SitePageVersionSummary? Upcoming)
{
    public bool IsPolicy => PolicyPages.Contains(Slug);
}

/// <summary>A version with its text, for the read-only history.</summary>
public sealed record SitePageVersionText(int Version, string Title, string Summary, string BodyMarkdown, string BodyHtml, DateTimeOffset EffectiveFrom, DateTimeOffset CreatedAt);

/// <summary>A page with every version, newest first.</summary>
public sealed record SitePageHistoryView(int Id, string Slug, IReadOnlyList<SitePageVersionText> Versions)
{
    public bool IsPolicy => PolicyPages.Contains(Slug);

    /// <summary>The number the version in force at <paramref name="now"/> has, or null when none is.</summary>
    public int? CurrentVersion(DateTimeOffset now) => Versions.FirstOrDefault(v => v.EffectiveFrom <= now)?.Version;
}

/// <summary>What the admin pages read about standing pages; nothing here changes them.</summary>
public sealed class SitePageHistory(NewsDbContext db)
{
    public async Task<IReadOnlyList<SitePageRow>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pages = await db.SitePages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.SortOrder,
                Current = p.Versions.Where(v => v.EffectiveFrom <= now).OrderByDescending(v => v.Version)
                    .Select(v => new SitePageVersionSummary(v.Version, v.Title, v.EffectiveFrom)).FirstOrDefault(),
                Newest = p.Versions.OrderByDescending(v => v.Version)
                    .Select(v => new SitePageVersionSummary(v.Version, v.Title, v.EffectiveFrom)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return pages.Select(p => new SitePageRow(p.Id, p.Slug, p.SortOrder, p.Current, p.Newest is { } newest && newest.EffectiveFrom > now ? newest : null)).ToList();
    }

    public async Task<SitePageHistoryView?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var slug = await db.SitePages.Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
        if (slug is null)
        {
            return null;
        }
        var versions = await db.SitePageVersions.AsNoTracking().Where(v => v.SitePageId == id).OrderByDescending(v => v.Version)
            .Select(v => new SitePageVersionText(v.Version, v.Title, v.Summary, v.BodyMarkdown, v.BodyHtml, v.EffectiveFrom, v.CreatedAt))
            .ToListAsync(cancellationToken);
        return new SitePageHistoryView(id, slug, versions);
    }
}
