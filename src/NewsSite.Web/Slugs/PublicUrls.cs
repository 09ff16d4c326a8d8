using System.Globalization;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Slugs;

/// <summary>
/// Every public address in one place. Articles live under their section (<c>/local/night-ferry</c>);
/// the words in an address are for readers, and old ones redirect (see <c>SlugRedirect</c>).
/// </summary>
public static class PublicUrls
{
    public static string Home => "/";

    public static string Article(string sectionSlug, string articleSlug) => $"/{sectionSlug}/{articleSlug}";

    public static string Section(string slug) => $"/{slug}";

    public static string Tag(string slug) => $"/tag/{slug}";

    public static string Author(string slug) => $"/author/{slug}";

    public static string SitePage(string slug) => $"/pages/{slug}";

    /// <summary>One version of a standing page as it was published, kept for what readers agreed to.</summary>
    public static string SitePageVersion(string slug, int version) => $"/pages/{slug}/versions/{version.ToString(CultureInfo.InvariantCulture)}";

    public static string Search(string? query = null) => query is null ? "/search" : $"/search?q={Uri.EscapeDataString(query)}";

    /// <summary>RSS for the whole site, or for the listing at <paramref name="listingPath"/> (a section, tag or author page).</summary>
    public static string Feed(string? listingPath = null) => listingPath is null or "/" ? "/feed.xml" : $"{listingPath}/feed.xml";

    public static string Sitemap => "/sitemap.xml";

    /// <summary>One file of the sitemap index: <c>pages</c>, <c>news</c>, <c>articles-1</c> …</summary>
    public static string SitemapFile(string name) => $"/sitemaps/{name}.xml";

    /// <summary>The page of a newest-first listing that continues before <paramref name="cursor"/>; with none, the listing's first page.</summary>
    public static string Before(string listingPath, KeysetCursor? cursor) =>
        cursor is null ? listingPath : $"{listingPath}{(listingPath.Contains('?', StringComparison.Ordinal) ? '&' : '?')}before={cursor}";

    /// <summary>Page <paramref name="page"/> of search results; page 1 is the search's own address.</summary>
    public static string Page(string listingPath, int page) =>
        page <= 1 ? listingPath : $"{listingPath}{(listingPath.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page.ToString(CultureInfo.InvariantCulture)}";
}
