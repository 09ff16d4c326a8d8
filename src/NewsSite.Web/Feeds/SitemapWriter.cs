using System.Xml;

namespace NewsSite.Web.Feeds;

/// <summary>An address in a sitemap, with the time its page last changed when that is known.</summary>
internal sealed record SitemapEntry(string Path, DateTimeOffset? LastModified = null);

/// <summary>An article in the Google News sitemap.</summary>
internal sealed record NewsEntry(string Path, string Title, DateTimeOffset PublishedAt);

/// <summary>Writes the sitemap protocol's index and URL sets, and Google's news extension.</summary>
internal static class SitemapWriter
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public static void WriteIndex(XmlWriter xml, FeedRequest request, IEnumerable<string> filePaths) =>
        WriteLocations(xml, request, "sitemapindex", "sitemap", filePaths.Select(path => new SitemapEntry(path)));

    public static void WriteUrls(XmlWriter xml, FeedRequest request, IEnumerable<SitemapEntry> entries) =>
        WriteLocations(xml, request, "urlset", "url", entries);

    /// <summary>A URL set whose entries arrive one at a time: <see cref="StartUrls"/>, <see cref="WriteUrl"/> for each, <see cref="EndDocument"/>.</summary>
    public static void StartUrls(XmlWriter xml) => StartDocument(xml, "urlset");

    public static void WriteUrl(XmlWriter xml, FeedRequest request, SitemapEntry entry) => WriteLocation(xml, request, "url", entry);

    public static void EndDocument(XmlWriter xml) => xml.WriteEndDocument();

    public static void WriteNews(XmlWriter xml, FeedRequest request, IEnumerable<NewsEntry> entries) =>
        WriteDocument(xml, "urlset", entries, entry =>
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, request.Absolute(entry.Path));
            xml.WriteStartElement("news", "news", NewsNamespace);
            xml.WriteStartElement("news", "publication", NewsNamespace);
            xml.WriteText("name", request.Site.Name, NewsNamespace);
            xml.WriteElementString("news", "language", NewsNamespace, "en");
            xml.WriteEndElement();
            xml.WriteElementString("news", "publication_date", NewsNamespace, XmlResponse.W3CDateTime(entry.PublishedAt));
            xml.WriteText("title", entry.Title, NewsNamespace);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }, declareNews: true);

    /// <summary>An index and a URL set differ only in their element names.</summary>
    private static void WriteLocations(XmlWriter xml, FeedRequest request, string root, string element, IEnumerable<SitemapEntry> entries) =>
        WriteDocument(xml, root, entries, entry => WriteLocation(xml, request, element, entry));

    private static void WriteLocation(XmlWriter xml, FeedRequest request, string element, SitemapEntry entry)
    {
        xml.WriteStartElement(element, SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, request.Absolute(entry.Path));
        if (entry.LastModified is { } lastModified)
        {
            xml.WriteElementString("lastmod", SitemapNamespace, XmlResponse.W3CDateTime(lastModified));
        }
        xml.WriteEndElement();
    }

    private static void WriteDocument<T>(XmlWriter xml, string root, IEnumerable<T> entries, Action<T> writeEntry, bool declareNews = false)
    {
        StartDocument(xml, root, declareNews);
        foreach (var entry in entries)
        {
            writeEntry(entry);
        }
        EndDocument(xml);
    }

    private static void StartDocument(XmlWriter xml, string root, bool declareNews = false)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement(root, SitemapNamespace);
        if (declareNews)
        {
            // Declared once on the root rather than on every entry.
            xml.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        }
    }
}
