using NewsSite.Web.Markdown;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>Everything the article page shows about the article itself (read by <see cref="ArticlePageQuery"/>).</summary>
public sealed record ArticleView(
    int Id,
    string Title,
    string Slug,
    ArticleStatus Status,
    int SectionId,
    string SectionSlug,
    string SectionName,
    string Summary,
    string SeoTitle,
    string SeoDescription,
    string BodyHtml,
    int WordCount,
    string AuthorName,
    string AuthorSlug,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    HeroImage? Hero,
    IReadOnlyList<TagLink> Tags)
{
    public string Url => PublicUrls.Article(SectionSlug, Slug);

    public int ReadingMinutes => WordCounter.ReadingMinutes(WordCount);

    /// <summary>Readers are told about an update only when it came well after publication, not for a typo fixed at once.</summary>
    public bool ShowUpdated => PublishedAt is { } published && UpdatedAt - published > TimeSpan.FromMinutes(30);

    public bool IsReadable(DateTimeOffset now) => Status == ArticleStatus.Published && PublishedAt <= now;
}

public sealed record TagLink(int Id, string Name, string Slug)
{
    public string Url => PublicUrls.Tag(Slug);
}
