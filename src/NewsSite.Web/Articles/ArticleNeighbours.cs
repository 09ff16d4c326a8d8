using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>What the article page offers next: related stories, and the previous and next ones in time.</summary>
public sealed record ArticleNeighbours(IReadOnlyList<ArticleCard> Related, ArticleCard? Previous, ArticleCard? Next)
{
    public const int RelatedCount = 4;

    /// <summary>
    /// Related means the newest articles sharing a tag, then the newest from the same section.
    /// Both walk the published-date index from the newest end and stop after a handful of rows,
    /// which keeps an uncached article page cheap however many articles the site holds.
    /// </summary>
    public static async Task<ArticleNeighbours> LoadAsync(NewsDbContext db, ArticleView article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(now).Where(a => a.Id != article.Id);
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var related = await published.Where(a => a.Tags.Any(t => tagIds.Contains(t.Id)))
            .NewestFirst().Take(RelatedCount).ToCards().ToListAsync(cancellationToken);
        if (related.Count < RelatedCount)
        {
            var shown = related.Select(c => c.Id).ToList();
            related.AddRange(await published.Where(a => a.SectionId == article.SectionId && !shown.Contains(a.Id))
                .NewestFirst().Take(RelatedCount - related.Count).ToCards().ToListAsync(cancellationToken));
        }
        // Plain range conditions on the publication time let PostgreSQL read one row from the
        // (status, published_at) index. Two articles published in the same microsecond skip each
        // other here; an id tie-break would turn this into a walk over the whole index.
        var publishedAt = article.PublishedAt!.Value;
        var previous = await published.Where(a => a.PublishedAt < publishedAt)
            .NewestFirst().ToCards().FirstOrDefaultAsync(cancellationToken);
        var next = await published.Where(a => a.PublishedAt > publishedAt)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).ToCards().FirstOrDefaultAsync(cancellationToken);
        return new ArticleNeighbours(related, previous, next);
    }
}
