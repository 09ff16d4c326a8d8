using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;

namespace NewsSite.Tests.ReaderPages;

/// <summary>Adds articles to a test's own database, in a section and by an author of the demo content.</summary>
internal static class ArticleFactory
{
    public static async Task<Article> AddPublishedAsync(NewsDbContext db, string slug, string sectionSlug, DateTimeOffset publishedAt, string? title = null)
    {
        var section = await db.Sections.SingleAsync(s => s.Slug == sectionSlug);
        var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
        var article = new Article
        {
            Title = title ?? $"Test story {slug}",
            Slug = slug,
            Summary = $"Summary of {slug}.",
            BodyMarkdown = "First paragraph.\n\nSecond paragraph.",
            SectionId = section.Id,
            AuthorId = author.Id,
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }
}
