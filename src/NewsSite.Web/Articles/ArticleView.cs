using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>Everything the article page shows, loaded in one query.</summary>
public sealed record ArticleView(
    string Title,
    string Slug,
    string SectionSlug,
    string SectionName,
    string Summary,
    string BodyHtml,
    string AuthorName,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    HeroImage? Hero)
{
    public static Task<ArticleView?> FindPublishedAsync(NewsDbContext db, string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Published(now)
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(
                a.Title,
                a.Slug,
                a.Section!.Slug,
                a.Section.Name,
                a.Summary,
                a.BodyHtml,
                a.Author!.Name,
                a.PublishedAt!.Value,
                a.UpdatedAt,
                a.HeroImage == null ? null : new HeroImage(a.HeroImage.Path, a.HeroAltText, a.HeroCaption, a.HeroCredit, a.HeroImage.Width, a.HeroImage.Height)))
            .FirstOrDefaultAsync(cancellationToken);
}
