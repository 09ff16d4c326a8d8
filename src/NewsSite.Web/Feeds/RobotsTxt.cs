using System.Text;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Feeds;

/// <summary>Crawlers may read everything but the editors' area, previews and search results, and are told where the sitemap is.</summary>
internal static class RobotsTxt
{
    /// <summary>
    /// Each path is closed with <c>$</c> (exactly it) and <c>/</c> or <c>?</c> (below it), as RFC 9309
    /// allows, so a plain prefix does not also shut out a section such as <c>/searchlight</c>.
    /// </summary>
    private static readonly string[] Disallowed = ["/admin$", "/admin/", "/search$", "/search?", "/preview$", "/preview/"];

    public static IResult Render([AsParameters] FeedRequest request)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }
        text.Append("Allow: /\n\n");
        text.Append("Sitemap: ").Append(request.Absolute(PublicUrls.Sitemap)).Append('\n');
        return Results.Text(text.ToString(), "text/plain", Encoding.UTF8);
    }
}
