using NewsSite.Web.Infrastructure;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>The queries readers' pages are built from: published articles only, projected to what the page shows.</summary>
public static class PublishedArticles
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);

    public static IQueryable<ArticleCard> LatestCards(this NewsDbContext db, DateTimeOffset now, int count) =>
        db.Articles.Published(now)
            .OrderByDescending(a => a.PublishedAt)
            .Take(count)
            .Select(a => new ArticleCard(
                a.Title,
                a.Slug,
                a.Section!.Slug,
                a.Section.Name,
                a.Summary,
                a.Author!.Name,
                a.PublishedAt!.Value,
                a.HeroImage == null ? null : new HeroImage(a.HeroImage.Path, a.HeroAltText, a.HeroCaption, a.HeroCredit, a.HeroImage.Width, a.HeroImage.Height)));
}

/// <summary>An article as a list shows it.</summary>
public sealed record ArticleCard(
    string Title, string Slug, string SectionSlug, string SectionName, string Summary, string AuthorName, DateTimeOffset PublishedAt, HeroImage? Hero)
{
    public string Url => PublicUrls.Article(SectionSlug, Slug);
}

public sealed record HeroImage(string Path, string AltText, string Caption, string Credit, int Width, int Height);
