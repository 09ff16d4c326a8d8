using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Articles;

/// <summary>The queries readers' pages are built from: published articles only, projected to what the page shows.</summary>
public static class PublishedArticles
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>
    /// The articles published before <paramref name="cursor"/> in <see cref="NewestFirst"/> order (all of them
    /// without one). A row comparison, so PostgreSQL starts its index walk at the cursor.
    /// </summary>
    public static IQueryable<Article> PublishedBefore(this IQueryable<Article> articles, KeysetCursor? cursor) => cursor is { } c
        ? articles.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.PublishedAt, a.Id), ValueTuple.Create((DateTimeOffset?)c.Time, c.Id)))
        : articles;

    /// <summary>The cursors of the articles at or after <paramref name="cursor"/>, oldest first: what a "Newer" link needs.</summary>
    public static IQueryable<KeysetCursor> PublishedFrom(this IQueryable<Article> articles, KeysetCursor cursor) => articles
        .Where(a => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(a.PublishedAt, a.Id), ValueTuple.Create((DateTimeOffset?)cursor.Time, cursor.Id)))
        .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
        .Select(a => new KeysetCursor(a.PublishedAt!.Value, a.Id));

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
