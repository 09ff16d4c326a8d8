using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Markdown;

namespace NewsSite.Web.SitePages;

/// <summary>One published wording of a <see cref="SitePage"/>; never updated once written.</summary>
[PublicContent]
public class SitePageVersion : IRendersMarkdown
{
    public int Id { get; set; }
    public int SitePageId { get; set; }
    public SitePage? SitePage { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTimeOffset EffectiveFrom { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
