using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Taxonomy;

[PublicContent]
public class Tag : IKeepsOldSlugs
{
    public SlugKind SlugKind => SlugKind.Tag;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}
