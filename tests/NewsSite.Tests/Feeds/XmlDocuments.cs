using System.Net;
using System.Xml.Linq;

namespace NewsSite.Tests.Feeds;

/// <summary>Fetches feeds and sitemaps and reads them the way a feed reader or crawler does.</summary>
internal static class XmlDocuments
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>GETs <paramref name="url"/>, checks it answered 200 with <paramref name="mediaType"/> in UTF-8, and parses it.</summary>
    public static async Task<XDocument> GetAsync(this HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static Task<XDocument> GetRssAsync(this HttpClient client, string url) => client.GetAsync(url, "application/rss+xml");

    public static Task<XDocument> GetSitemapAsync(this HttpClient client, string url) => client.GetAsync(url, "application/xml");

    /// <summary>Every <c>loc</c> of a sitemap or sitemap index.</summary>
    public static List<string> Locations(this XDocument sitemap) =>
        sitemap.Descendants(Sitemap + "loc").Select(e => e.Value).ToList();

    public static bool IsAbsoluteHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
