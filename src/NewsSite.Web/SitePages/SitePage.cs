using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.SitePages;

/// <summary>
/// A standing page such as the Privacy Policy, Terms of Use or About. Its text lives in
/// <see cref="SitePageVersion"/> rows: editing adds a version and never changes an old one,
/// so the site can always show what a reader saw on a given day.
/// </summary>
[PublicContent]
public class SitePage : IKeepsOldSlugs
{
    public SlugKind SlugKind => SlugKind.SitePage;

    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>Where the page's link stands in the site's footer, lowest first.</summary>
    public int SortOrder { get; set; }
    public List<SitePageVersion> Versions { get; set; } = [];
}
