using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Previews;

/// <summary>An article as its public page shows it, or will once published, whatever its status now.</summary>
public sealed class ArticlePreviewQuery(NewsDbContext db, ArticlePageQuery articlePage)
{
    /// <summary>
    /// Read by the public page's own query, so nothing is shown differently. Related stories and
    /// neighbours come only with an article readers can already see; until then they are unknown.
    /// </summary>
    public async Task<(ArticleView Article, ArticleNeighbours Neighbours)?> LoadAsync(int articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slug = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Slug).SingleOrDefaultAsync(cancellationToken);
        if (slug is null || await articlePage.LoadAsync(slug, now, cancellationToken) is not ({ } article, { } neighbours))
        {
            return null;
        }
        return (article, neighbours);
    }
}
