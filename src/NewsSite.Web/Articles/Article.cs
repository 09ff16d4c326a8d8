using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Slugs;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Articles;

/// <summary>
/// A news article. The body is written in Markdown; <see cref="BodyHtml"/> is rendered from it
/// once, when the article is saved (see <see cref="MarkdownRenderingInterceptor"/>), so readers
/// never pay for Markdown parsing.
/// </summary>
[PublicContent]
public class Article : ICountsWords, IKeepsOldSlugs
{
    public SlugKind SlugKind => SlugKind.Article;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    public int SectionId { get; set; }
    public Section? Section { get; set; }
    public int AuthorId { get; set; }
    public Author? Author { get; set; }
    public List<Tag> Tags { get; set; } = [];

    public int? HeroImageId { get; set; }
    public MediaAsset? HeroImage { get; set; }
    public string HeroAltText { get; set; } = "";
    public string HeroCaption { get; set; } = "";
    public string HeroCredit { get; set; } = "";

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>
    /// The member of staff who created the article: an Author may work only on their own. Empty for
    /// articles that came from elsewhere (the demo content) or whose creator's account is gone.
    /// </summary>
    public string? CreatedById { get; set; }
    public StaffUser? CreatedBy { get; set; }

    /// <summary>Chosen by editors for the top of the home page; the lowest <see cref="FeaturedRank"/> leads.</summary>
    public bool IsFeatured { get; set; }
    public int FeaturedRank { get; set; }

    /// <summary>Overrides for search engines and social cards; the title and summary are used when empty.</summary>
    public string SeoTitle { get; set; } = "";
    public string SeoDescription { get; set; } = "";

    /// <summary>Counted from the Markdown when it is saved, for reading times.</summary>
    public int WordCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who made the latest change (a display name at the time, or the scheduler), for the message an editor sees when their save comes too late.</summary>
    public string UpdatedByName { get; set; } = "";

    /// <summary>When the article is (or is scheduled to be) public; readers see it once this has passed and it is <see cref="ArticleStatus.Published"/>.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c> system column: it changes whenever the row does, so an editor who
    /// saves with the value they loaded can be told when someone else changed the article meanwhile.
    /// </summary>
    public uint Version { get; set; }
}
