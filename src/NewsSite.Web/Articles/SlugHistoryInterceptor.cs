using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsSite.Web.Authors;
using NewsSite.Web.Data;
using NewsSite.Web.SitePages;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Articles;

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
        var kind = entry.Entity switch
        {
            Article => SlugKind.Article,
            Section => SlugKind.Section,
            Tag => SlugKind.Tag,
            Author => SlugKind.Author,
            SitePage => SlugKind.SitePage,
            _ => (SlugKind?)null,
        };
        if (kind is null)
        {
            return null;
        }
        var slug = entry.Property("Slug");
        var oldSlug = (string)slug.OriginalValue!;
        var newSlug = (string)slug.CurrentValue!;
        return slug.IsModified && oldSlug != newSlug ? (kind.Value, (int)entry.Property("Id").CurrentValue!, oldSlug, newSlug) : null;
    }
}
