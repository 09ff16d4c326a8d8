using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Taxonomy;

/// <summary>
/// Folds a duplicate tag ("Ferry", "Ferries") into the one to keep: its articles get the kept tag,
/// its address (and every address that already redirected to it) redirects to the kept tag's, and
/// the duplicate is deleted.
/// </summary>
public sealed class TagMerger(NewsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> MergeAsync(int duplicateId, string? keptSlug, CancellationToken cancellationToken)
    {
        var duplicate = await db.Tags.SingleOrDefaultAsync(t => t.Id == duplicateId, cancellationToken);
        if (duplicate is null)
        {
            return ["That tag no longer exists."];
        }
        var slug = Slug.From((keptSlug ?? "").Trim());
        var kept = await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (kept is null || kept.Id == duplicate.Id)
        {
            return [$"Give the address of another tag to merge “{duplicate.Name}” into."];
        }
        // Moved in SQL, so a tag on thousands of articles never loads them. Should the save below
        // fail, the duplicate is left on no article and merging it again finishes the job.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO article_tags (article_id, tags_id) SELECT article_id, {kept.Id} FROM article_tags WHERE tags_id = {duplicate.Id} ON CONFLICT DO NOTHING;
            DELETE FROM article_tags WHERE tags_id = {duplicate.Id};
            """, cancellationToken);
        await db.SlugRedirects.Where(r => r.Kind == SlugKind.Tag && r.TargetId == duplicate.Id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.TargetId, kept.Id), cancellationToken);
        db.SlugRedirects.Add(new SlugRedirect { Kind = SlugKind.Tag, OldSlug = duplicate.Slug, TargetId = kept.Id, CreatedAt = time.GetUtcNow() });
        db.Tags.Remove(duplicate);
        // This save also evicts the cached public pages, once it has committed.
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
