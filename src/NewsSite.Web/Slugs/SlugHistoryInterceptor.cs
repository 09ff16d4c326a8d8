using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsSite.Web.Data;

namespace NewsSite.Web.Slugs;

/// <summary>
/// Remembers old slugs whenever an article, section, tag, author or standing page is renamed, so every address
/// ever published keeps working (as a permanent redirect), whichever page or job did the rename.
/// </summary>
public sealed class SlugHistoryInterceptor(TimeProvider time) : BeforeSaveInterceptor
{
    protected override async ValueTask BeforeSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        var renames = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Modified)
            .Select(ToRename)
            .OfType<(SlugKind Kind, int Id, string OldSlug, string NewSlug)>()
            .ToList();
        foreach (var (kind, id, oldSlug, newSlug) in renames)
        {
            var redirects = context.Set<SlugRedirect>();
            // A slug taken back (by its owner or anyone) must stop redirecting, or the page would
            // redirect away from itself; the old slug's earlier redirect is replaced by this one.
            redirects.RemoveRange(await redirects.Where(r => r.Kind == kind && (r.OldSlug == newSlug || r.OldSlug == oldSlug))
                .ToListAsync(cancellationToken));
            redirects.Add(new SlugRedirect { Kind = kind, OldSlug = oldSlug, TargetId = id, CreatedAt = time.GetUtcNow() });
        }
    }

    private static (SlugKind, int, string, string)? ToRename(EntityEntry entry)
    {
        if (entry.Entity is not IKeepsOldSlugs entity)
        {
            return null;
        }
        var slug = entry.Property("Slug");
        var oldSlug = (string)slug.OriginalValue!;
        var newSlug = (string)slug.CurrentValue!;
        return slug.IsModified && oldSlug != newSlug ? (entity.SlugKind, (int)entry.Property("Id").CurrentValue!, oldSlug, newSlug) : null;
    }
}
