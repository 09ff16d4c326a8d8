using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Taxonomy;

/// <summary>Turns typed tag names into tags, creating the ones that do not exist yet.</summary>
public sealed class TagResolver(NewsDbContext db)
{
    /// <summary>
    /// The tags named, tracked by the context, in the order given. A name matches an existing tag by
    /// its name, ignoring case, or else by its slug; the tag keeps its own spelling. The rest are
    /// inserted with ON CONFLICT DO NOTHING against the unique slug index, so two saves creating the
    /// same new tag at once both succeed and share one row.
    /// </summary>
    public async Task<List<Tag>> ResolveAsync(IReadOnlyList<TagName> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return [];
        }
        var slugs = names.Select(n => n.Slug).ToArray();
        var lowerNames = names.Select(n => n.Name.ToLowerInvariant()).ToArray();
        var known = await db.Tags.FromSql($"SELECT * FROM tags WHERE slug = ANY({slugs}) OR lower(name) = ANY({lowerNames})")
            .ToListAsync(cancellationToken);
        Tag? Match(TagName name) =>
            known.FirstOrDefault(t => string.Equals(t.Name, name.Name, StringComparison.OrdinalIgnoreCase))
            ?? known.FirstOrDefault(t => t.Slug == name.Slug);

        var missing = names.Where(n => Match(n) is null).ToList();
        if (missing.Count > 0)
        {
            var newNames = missing.Select(n => n.Name).ToArray();
            var newSlugs = missing.Select(n => n.Slug).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO tags (name, slug) SELECT * FROM unnest({newNames}, {newSlugs}) ON CONFLICT (slug) DO NOTHING", cancellationToken);
            known.AddRange(await db.Tags.Where(t => newSlugs.Contains(t.Slug)).ToListAsync(cancellationToken));
        }
        return names.Select(n => Match(n)!).DistinctBy(t => t.Id).ToList();
    }

    /// <summary>Every tag's name, for the editor's suggestions.</summary>
    public Task<List<string>> AllNamesAsync(CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
}
