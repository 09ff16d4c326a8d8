using NewsSite.Web.Authors;
using NewsSite.Web.Media;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Articles;

/// <summary>
/// A news article. The body is written in Markdown; <see cref="BodyHtml"/> is rendered from it
/// once, when the article is saved (see <see cref="MarkdownRenderingInterceptor"/>), so readers
/// never pay for Markdown parsing.
/// </summary>
public class Article : IRendersMarkdown
{
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
    public bool IsFeatured { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
