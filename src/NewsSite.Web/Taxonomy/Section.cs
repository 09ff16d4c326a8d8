using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Taxonomy;

/// <summary>A section of the site (World, Business, Sport …); every article belongs to one.</summary>
[PublicContent]
public class Section : IKeepsOldSlugs
{
    public SlugKind SlugKind => SlugKind.Section;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}
