using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Articles;

/// <summary>Everything the article page shows about the article itself, loaded in one query.</summary>
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

    public static Task<ArticleView?> FindBySlugAsync(NewsDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(
                a.Id, a.Title, a.Slug, a.Status, a.SectionId, a.Section!.Slug, a.Section.Name, a.Summary, a.SeoTitle, a.SeoDescription,
                a.BodyHtml, a.WordCount, a.Author!.Name, a.Author.Slug, a.PublishedAt, a.UpdatedAt,
                a.HeroImage == null ? null : new HeroImage(a.HeroImage.Path, a.HeroAltText, a.HeroCaption, a.HeroCredit, a.HeroImage.Width, a.HeroImage.Height, a.HeroImage.VariantWidths),
                a.Tags.OrderBy(t => t.Name).Select(t => new TagLink(t.Id, t.Name, t.Slug)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record TagLink(int Id, string Name, string Slug)
{
    public string Url => PublicUrls.Tag(Slug);
}
