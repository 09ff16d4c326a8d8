using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>Counts articles per section, tag or author, in one grouped query over the ids asked about.</summary>
public sealed class ArticleUsage(NewsDbContext db) : IArticleUsage
{
    public async Task<IReadOnlyDictionary<int, int>> CountAsync(SlugKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        var keys = kind switch
        {
            SlugKind.Section => articles.Where(a => ids.Contains(a.SectionId)).Select(a => a.SectionId),
            SlugKind.Author => articles.Where(a => ids.Contains(a.AuthorId)).Select(a => a.AuthorId),
            SlugKind.Tag => articles.SelectMany(a => a.Tags).Where(t => ids.Contains(t.Id)).Select(t => t.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only sections, tags and authors are used by articles."),
        };
        return await keys.GroupBy(key => key).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
