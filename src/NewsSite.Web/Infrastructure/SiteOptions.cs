namespace NewsSite.Web.Infrastructure;

/// <summary>Configuration section <c>Site</c>: what the publication is called and how it describes itself.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    public string Name { get; set; } = "NewsSite";

    public string Description { get; set; } = "Independent news, written by people who live here.";
}
