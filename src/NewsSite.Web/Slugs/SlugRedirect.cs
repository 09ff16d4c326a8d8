namespace NewsSite.Web.Slugs;

/// <summary>What kind of page an old slug pointed at.</summary>
public enum SlugKind
{
    Article,
    Section,
    Tag,
    Author,
    SitePage,
}

/// <summary>
/// An address that used to exist: when an article, section, tag, author or standing page gets a new slug, the
/// old one is kept here so links already out in the world answer with a permanent redirect.
/// </summary>
public class SlugRedirect
{
    public int Id { get; set; }
    public SlugKind Kind { get; set; }
    public required string OldSlug { get; set; }
    public int TargetId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
