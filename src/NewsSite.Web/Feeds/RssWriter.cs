using System.Xml;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Feeds;

/// <summary>A feed's own description: what it is called and which listing page it follows.</summary>
internal sealed record RssChannel(string Title, string Description, string ListingPath);

/// <summary>An article as a feed reader shows it.</summary>
internal sealed record FeedItem(string Title, string Path, string Summary, string SectionName, string AuthorName, DateTimeOffset PublishedAt);

/// <summary>Writes RSS 2.0, with the Atom self link feed validators ask for and Dublin Core authors.</summary>
internal static class RssWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, FeedRequest request, RssChannel channel, IReadOnlyList<FeedItem> items, DateTimeOffset now)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        xml.WriteStartElement("channel");
        xml.WriteText("title", channel.Title);
        xml.WriteElementString("link", request.Absolute(channel.ListingPath));
        xml.WriteText("description", channel.Description);
        xml.WriteElementString("language", "en");
        // The newest item's time, not the clock's, so an unchanged feed reads as unchanged.
        xml.WriteElementString("lastBuildDate", XmlResponse.Rfc1123(items.Count > 0 ? items[0].PublishedAt : now));
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", request.Absolute(PublicUrls.Feed(channel.ListingPath)));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in items)
        {
            WriteItem(xml, request.Absolute(item.Path), item);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteItem(XmlWriter xml, string url, FeedItem item)
    {
        xml.WriteStartElement("item");
        xml.WriteText("title", item.Title);
        xml.WriteElementString("link", url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(url);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", XmlResponse.Rfc1123(item.PublishedAt));
        xml.WriteText("description", item.Summary);
        xml.WriteText("category", item.SectionName);
        xml.WriteText("creator", item.AuthorName, DublinCoreNamespace);
        xml.WriteEndElement();
    }
}
