using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Infrastructure;

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

    /// <summary>The home page, every section, the tags and authors with published articles, and the standing pages in force.</summary>
    public static async Task<IResult> PagesAsync([AsParameters] FeedRequest request)
    {
        var now = request.Time.GetUtcNow();
        var published = request.PublishedArticles(now);
        var db = request.Db;
        var sections = await db.Sections.OrderBy(s => s.SortOrder).Select(s => s.Slug).ToListAsync(request.Cancellation);
        var tags = await db.Tags.Where(t => published.Any(a => a.Tags.Any(at => at.Id == t.Id)))
            .OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync(request.Cancellation);
        var authors = await db.Authors.Where(au => published.Any(a => a.AuthorId == au.Id))
            .OrderBy(au => au.Slug).Select(au => au.Slug).ToListAsync(request.Cancellation);
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
