namespace NewsSite.Web.Infrastructure;

/// <summary>Configuration section <c>Site</c>: what the publication is called and how it describes itself.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    public string Name { get; set; } = "NewsSite";

    public string Description { get; set; } = "Independent news, written by people who live here.";

    /// <summary>
    /// The site's public address (<c>https://news.example</c>), used for canonical links, feeds,
    /// sitemaps and emails. When empty, the address of the current request is used, which is
    /// right in Development and wrong behind most proxies: set it in Production.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
