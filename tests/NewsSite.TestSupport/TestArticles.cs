using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Slugs;

namespace NewsSite.TestSupport;

/// <summary>Articles a test adds to its own database, published unless it says otherwise.</summary>
public static class TestArticles
{
    /// <summary>A published article with a unique slug; section and author are filled in by <see cref="AddAsync"/> when left unset.</summary>
    public static Article Published(string title, string body = "", string summary = "", DateTimeOffset? publishedAt = null)
    {
        var at = publishedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        return new Article
        {
            Title = title,
            Slug = $"test-{Guid.NewGuid():N}",
            Summary = summary,
            BodyMarkdown = body,
            Status = ArticleStatus.Published,
            CreatedAt = at,
            UpdatedAt = at,
            PublishedAt = at,
        };
    }

    /// <summary>Saves the articles, in the first section and by the first author unless set, and returns their public paths.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(this NewsSiteFactory factory, params Article[] articles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.OpenDatabase();
        var sectionId = await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var authorId = await scope.Db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        foreach (var article in articles)
        {
            article.SectionId = article.SectionId == 0 ? sectionId : article.SectionId;
            article.AuthorId = article.AuthorId == 0 ? authorId : article.AuthorId;
        }
        scope.Db.Articles.AddRange(articles);
        await scope.Db.SaveChangesAsync();
        var sectionSlugs = await scope.Db.Sections.ToDictionaryAsync(s => s.Id, s => s.Slug);
        return articles.Select(a => PublicUrls.Article(sectionSlugs[a.SectionId], a.Slug)).ToList();
    }
}
