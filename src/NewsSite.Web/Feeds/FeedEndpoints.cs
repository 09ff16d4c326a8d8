using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary>
    /// RSS feeds, sitemaps and robots.txt, all output-cached like the public pages. The literal
    /// <c>feed.xml</c> segment outranks the article route <c>/{section}/{slug}</c>, so
    /// <c>/local/feed.xml</c> is the Local section's feed.
    /// </summary>
    public static WebApplication MapFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var sitemapOptions = SitemapOptions.From(app.Configuration);
        var endpoints = app.MapGroup("").CacheOutput(PublicCache.PolicyName);

        endpoints.MapGet("/feed.xml", RssFeeds.SiteAsync);
        endpoints.MapGet("/{section}/feed.xml", RssFeeds.SectionAsync);
        endpoints.MapGet("/tag/{slug}/feed.xml", RssFeeds.TagAsync);
        endpoints.MapGet("/author/{slug}/feed.xml", RssFeeds.AuthorAsync);

        endpoints.MapGet("/sitemap.xml", ([AsParameters] FeedRequest request) => Sitemaps.IndexAsync(request, sitemapOptions));
        // Article files are streamed and answer conditional requests themselves; the output cache would
        // hold each (megabytes) whole in memory.
        app.MapGet("/sitemaps/articles-{number:int}.xml", (int number, [AsParameters] FeedRequest request) =>
            ArticleSitemaps.FileAsync(number, request, sitemapOptions));
        endpoints.MapGet("/sitemaps/pages.xml", Sitemaps.PagesAsync);
        endpoints.MapGet("/sitemaps/news.xml", Sitemaps.NewsAsync);

        endpoints.MapGet("/robots.txt", RobotsTxt.Render);
        return app;
    }
}
