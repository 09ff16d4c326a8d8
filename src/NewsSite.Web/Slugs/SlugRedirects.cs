using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Slugs;

/// <summary>Finds where an old slug now lives, so the page can answer with a permanent redirect.</summary>
public static class SlugRedirects
{
    public static Task<int?> FindTargetAsync(NewsDbContext db, SlugKind kind, string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Kind == kind && r.OldSlug == oldSlug)
            .Select(r => (int?)r.TargetId)
            .FirstOrDefaultAsync(cancellationToken);
}
