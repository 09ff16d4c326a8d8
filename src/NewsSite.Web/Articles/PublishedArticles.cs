using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>The queries readers' pages are built from: published articles only, projected to what the page shows.</summary>
public static class PublishedArticles
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    public static IQueryable<ArticleCard> ToCards(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Id,
            a.Title,
            a.Slug,
            a.Section!.Slug,
            a.Section.Name,
            a.Summary,
            a.Author!.Name,
            a.PublishedAt!.Value,
            a.HeroImage == null ? null : new HeroImage(a.HeroImage.Path, a.HeroAltText, a.HeroCaption, a.HeroCredit, a.HeroImage.Width, a.HeroImage.Height, a.HeroImage.VariantWidths)));
}

/// <summary>An article as a list shows it.</summary>
public sealed record ArticleCard(
    int Id, string Title, string Slug, string SectionSlug, string SectionName, string Summary, string AuthorName, DateTimeOffset PublishedAt, HeroImage? Hero)
{
    public string Url => PublicUrls.Article(SectionSlug, Slug);
}

public sealed record HeroImage(string Path, string AltText, string Caption, string Credit, int Width, int Height, int[] VariantWidths)
{
    public string SrcSet => Media.ResponsiveImage.SrcSet(Path, Width, VariantWidths);
}
