using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Authors;

[PublicContent]
public class Author : IKeepsOldSlugs
{
    public SlugKind SlugKind => SlugKind.Author;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Bio { get; set; } = "";
    public string AvatarUrl { get; set; } = "";

    /// <summary>
    /// The staff account that writes under this byline, if any: theirs by default in the editor.
    /// A contributor without an account has none.
    /// </summary>
    public string? StaffUserId { get; set; }
}
