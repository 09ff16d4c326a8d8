using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>Loads section, tag and author pages: the owner by slug (or its new slug), then a page of its articles.</summary>
public sealed class ListingQuery(NewsDbContext db)
{
    private sealed record Owner(int Id, string Name, string Slug, string Description, string? ImagePath);

    /// <summary>The newest articles, or with <paramref name="before"/> those published before it; a cursor before every article finds nothing.</summary>
    public async Task<ListingLookup> LoadAsync(SlugKind kind, string slug, KeysetCursor? before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owner = await FindAsync(kind, slug, null, cancellationToken);
        if (owner is null)
        {
            var targetId = await SlugRedirects.FindTargetAsync(db, kind, slug, cancellationToken);
            var target = targetId is null ? null : await FindAsync(kind, null, targetId, cancellationToken);
            return target is null ? ListingLookup.NotFound : new ListingLookup(null, PathOf(kind, target.Slug));
        }
        var sql = ListingSql.For(kind);
        object[] page = before is { } cursor ? [owner.Id, now, cursor.Time, cursor.Id] : [owner.Id, now];
        var cards = await RawSqlQuery.ReadAsync(db, sql.Page(before is not null), page, ListingSql.ReadCardsAsync, cancellationToken);
        if (before is not null && cards.Count == 0)
        {
            return ListingLookup.NotFound;
        }
        var newer = before is null ? [] : await RawSqlQuery.ReadAsync(db, sql.Newer, page, ListingSql.ReadCursorsAsync, cancellationToken);
        var links = KeysetPageLinks.Of(before, cards.Select(c => new KeysetCursor(c.PublishedAt, c.Id)).ToList(), newer, Listing.PageSize);
        return new ListingLookup(
            new Listing(kind, owner.Name, owner.Description, PathOf(kind, owner.Slug), owner.ImagePath, cards.Take(Listing.PageSize).ToList(), before, links), null);
    }

    /// <summary>Finds the owner by its slug or, following a redirect, by its id (the other argument is null).</summary>
    private Task<Owner?> FindAsync(SlugKind kind, string? slug, int? id, CancellationToken cancellationToken)
    {
        IQueryable<Owner> owners = kind switch
        {
            SlugKind.Section => db.Sections.Where(s => s.Slug == slug || s.Id == id).Select(s => new Owner(s.Id, s.Name, s.Slug, s.Description, null)),
            SlugKind.Tag => db.Tags.Where(t => t.Slug == slug || t.Id == id).Select(t => new Owner(t.Id, t.Name, t.Slug, "", null)),
            SlugKind.Author => db.Authors.Where(a => a.Slug == slug || a.Id == id).Select(a => new Owner(a.Id, a.Name, a.Slug, a.Bio, a.AvatarUrl)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Articles are not listings."),
        };
        return owners.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    public static string PathOf(SlugKind kind, string slug) => kind switch
    {
        SlugKind.Section => PublicUrls.Section(slug),
        SlugKind.Tag => PublicUrls.Tag(slug),
        _ => PublicUrls.Author(slug),
    };
}
