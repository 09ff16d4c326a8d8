using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Feeds;

/// <summary>
/// <c>/sitemap.xml</c> indexes the standing pages, the Google News sitemap, and the articles in
/// files of at most <see cref="SitemapOptions.UrlsPerFile"/> addresses (see <see cref="ArticleSitemaps"/>).
/// </summary>
internal static class Sitemaps
{
    /// <summary>Google News lists articles from the last two days, at most a thousand per sitemap.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    public const int MaxNewsEntries = 1_000;

    public static async Task<IResult> IndexAsync(FeedRequest request, SitemapOptions options)
    {
        var articleFiles = await ArticleSitemaps.FileNumbersAsync(request.Db, options, request.Time.GetUtcNow(), request.Cancellation);
        var files = new[] { PublicUrls.SitemapFile("pages"), PublicUrls.SitemapFile("news") }.Concat(articleFiles.Select(ArticleSitemaps.FilePath));
        return XmlResponse.Create(SitemapWriter.ContentType, xml => SitemapWriter.WriteIndex(xml, request, files));
    }

    // The tags and authors with a published article ($1 the current time): one short index probe
    // each, the LIMIT keeping PostgreSQL from joining all of article_tags or articles instead
    // (seconds at a million articles).
    private const string TagsWithArticlesSql = """
        SELECT t.slug FROM tags t
        CROSS JOIN LATERAL (SELECT 1 FROM article_tags x JOIN articles a ON a.id = x.article_id
                            WHERE x.tags_id = t.id AND x.published_at <= $1 AND a.status = 'Published' LIMIT 1) published
        ORDER BY t.slug
        """;

    private const string AuthorsWithArticlesSql = """
        SELECT au.slug FROM authors au
        CROSS JOIN LATERAL (SELECT 1 FROM articles a
                            WHERE a.author_id = au.id AND a.status = 'Published' AND a.published_at <= $1 LIMIT 1) published
        ORDER BY au.slug
        """;

    private static async Task<List<string>> ReadSlugsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var slugs = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            slugs.Add(reader.GetString(0));
        }
        return slugs;
    }

    /// <summary>The home page, every section, the tags and authors with published articles, and the standing pages in force.</summary>
    public static async Task<IResult> PagesAsync([AsParameters] FeedRequest request)
    {
        var now = request.Time.GetUtcNow();
        var db = request.Db;
        var sections = await db.Sections.OrderBy(s => s.SortOrder).Select(s => s.Slug).ToListAsync(request.Cancellation);
        var tags = await RawSqlQuery.ReadAsync(db, TagsWithArticlesSql, [now], ReadSlugsAsync, request.Cancellation);
        var authors = await RawSqlQuery.ReadAsync(db, AuthorsWithArticlesSql, [now], ReadSlugsAsync, request.Cancellation);
        var sitePages = await db.SitePages.Where(p => p.Versions.Any(v => v.EffectiveFrom <= now))
            .OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(request.Cancellation);

        var paths = new[] { PublicUrls.Home }
            .Concat(sections.Select(PublicUrls.Section))
            .Concat(tags.Select(PublicUrls.Tag))
            .Concat(authors.Select(PublicUrls.Author))
            .Concat(sitePages.Select(PublicUrls.SitePage));
        return XmlResponse.Create(SitemapWriter.ContentType, xml => SitemapWriter.WriteUrls(xml, request, paths.Select(p => new SitemapEntry(p))));
    }

    public static async Task<IResult> NewsAsync([AsParameters] FeedRequest request)
    {
        var now = request.Time.GetUtcNow();
        var since = now - NewsWindow;
        var entries = await request.PublishedArticles(now)
            .Where(a => a.PublishedAt > since)
            .OrderByDescending(a => a.PublishedAt)
            .Take(MaxNewsEntries)
            .Select(a => new NewsEntry(PublicUrls.Article(a.Section!.Slug, a.Slug), a.Title, a.PublishedAt!.Value))
            .ToListAsync(request.Cancellation);
        return XmlResponse.Create(SitemapWriter.ContentType, xml => SitemapWriter.WriteNews(xml, request, entries));
    }
}
