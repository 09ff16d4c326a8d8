using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Web.Feeds;

/// <summary>Writes XML documents with <see cref="XmlWriter"/>, and the text and dates that go in them.</summary>
internal static class XmlResponse
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary>Buffers the document (it is output-cached whole anyway) and sends it as UTF-8.</summary>
    public static IResult Create(string contentType, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            write(xml);
        }
        return Results.Bytes(buffer.ToArray(), contentType);
    }

    /// <summary>
    /// Streams a document too large to hold in memory, with validators that let ASP.NET Core answer a
    /// conditional request with 304 before <paramref name="write"/> runs. The response body takes only
    /// asynchronous writes and <see cref="XmlWriter"/> writes synchronously, so the writer fills a small
    /// buffer and <paramref name="write"/> calls the function it is given, now and then, to send it on.
    /// </summary>
    public static IResult Stream(
        string contentType, DateTimeOffset lastModified, EntityTagHeaderValue etag, Func<XmlWriter, Func<Task>, Task> write, CancellationToken cancellationToken) =>
        Results.Stream(async body =>
        {
            using var buffer = new MemoryStream();
            var xml = XmlWriter.Create(buffer, Settings);
            async Task SendAsync()
            {
                xml.Flush();
                buffer.Position = 0;
                await buffer.CopyToAsync(body, cancellationToken);
                buffer.SetLength(0);
            }
            await write(xml, SendAsync);
            await SendAsync();
            xml.Dispose();
        }, contentType, lastModified: lastModified, entityTag: etag);

    /// <summary>
    /// Writes <paramref name="value"/> as an element's text, without the few characters XML 1.0
    /// cannot carry at all (control characters), which would otherwise break the whole document.
    /// </summary>
    public static void WriteText(this XmlWriter xml, string localName, string value, string? ns = null)
    {
        xml.WriteElementString(localName, ns, XmlCharactersOnly(value));
    }

    /// <summary>A W3C date-time in UTC, as sitemaps want it.</summary>
    public static string W3CDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An RFC 1123 date, as RSS wants it.</summary>
    public static string Rfc1123(DateTimeOffset value) => value.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    private static string XmlCharactersOnly(string value)
    {
        var kept = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            // Characters beyond the BMP are all allowed; a broken surrogate arrives as U+FFFD, which is too.
            if (!rune.IsBmp || XmlConvert.IsXmlChar((char)rune.Value))
            {
                kept.Append(rune.ToString());
            }
        }
        return kept.ToString();
    }
}
