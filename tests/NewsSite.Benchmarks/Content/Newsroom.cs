using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Slugs;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Benchmarks.Content;

/// <summary>What the demo seeder left in the database, which generated articles are spread over.</summary>
public sealed record Newsroom(
    IReadOnlyList<int> SectionIds, IReadOnlyList<int> AuthorIds, IReadOnlyList<MediaAsset> Images, IReadOnlyList<Tag> Tags, int PublishedArticles)
{
    public static async Task<Newsroom> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = OpenContext(connectionString);
        var newsroom = new Newsroom(
            await db.Sections.Select(s => s.Id).ToListAsync(cancellationToken),
            await db.Authors.Select(a => a.Id).ToListAsync(cancellationToken),
            await db.MediaAssets.AsNoTracking().ToListAsync(cancellationToken),
            await db.Tags.AsNoTracking().ToListAsync(cancellationToken),
            await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken));
        return newsroom.SectionIds.Count > 0 && newsroom.AuthorIds.Count > 0
            ? newsroom
            : throw new BenchmarkException("The demo content has no sections or authors; did seeding run?");
    }

    /// <summary>The newest published article: the lead story of the home page, the page readers open most.</summary>
    public static async Task<string> LeadArticlePathAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = OpenContext(connectionString);
        var lead = await db.Articles.Published(DateTimeOffset.UtcNow)
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new { Section = a.Section!.Slug, a.Slug })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BenchmarkException("The database has no published article.");
        return PublicUrls.Article(lead.Section, lead.Slug);
    }

    private static NewsDbContext OpenContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>();
        NewsDatabaseOptions.Configure(options, connectionString);
        return new NewsDbContext(options.Options);
    }
}
