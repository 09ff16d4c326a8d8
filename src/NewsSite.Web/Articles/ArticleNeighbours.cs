using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>What the article page offers next: related stories, and the previous and next ones in time.</summary>
public sealed record ArticleNeighbours(IReadOnlyList<ArticleCard> Related, ArticleCard? Previous, ArticleCard? Next)
{
    public const int RelatedCount = 4;

    /// <summary>
    /// Related means most tags in common, then the same section, then newest. Only articles that
    /// share a tag or the section are considered, which keeps the ranking to a small set.
    /// </summary>
    public static async Task<ArticleNeighbours> LoadAsync(NewsDbContext db, ArticleView article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(now).Where(a => a.Id != article.Id);
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var related = await published
            .Where(a => a.SectionId == article.SectionId || a.Tags.Any(t => tagIds.Contains(t.Id)))
            .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)))
            .ThenByDescending(a => a.SectionId == article.SectionId)
            .ThenByDescending(a => a.PublishedAt)
            .Take(RelatedCount).ToCards().ToListAsync(cancellationToken);
        var publishedAt = article.PublishedAt!.Value;
        var previous = await published.Where(a => a.PublishedAt < publishedAt || (a.PublishedAt == publishedAt && a.Id < article.Id))
            .NewestFirst().ToCards().FirstOrDefaultAsync(cancellationToken);
        var next = await published.Where(a => a.PublishedAt > publishedAt || (a.PublishedAt == publishedAt && a.Id > article.Id))
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).ToCards().FirstOrDefaultAsync(cancellationToken);
        return new ArticleNeighbours(related, previous, next);
    }
}
