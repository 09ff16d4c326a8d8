using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>What every copy of one edition is made from, read once from the database.</summary>
public sealed record DigestContent(
    string SiteName, string PostalAddress, string BaseUrl, DigestFrequency Frequency, string Subject, string Intro,
    IReadOnlyList<DigestArticle> Articles, bool IsDraft)
{
    /// <summary>
    /// The address of the image that counts the edition's opens (<see cref="DigestOpens"/>), the
    /// same for every reader; null, and no image at all, unless an Admin has counting on.
    /// </summary>
    public string? OpenCountImageUrl { get; init; }

    /// <summary>
    /// The edition's articles in the order editors gave them. An article withdrawn since it was put
    /// in the edition is left out: its link would lead nowhere. <paramref name="countOpens"/> is the
    /// Admin's setting as the edition is rendered.
    /// </summary>
    public static async Task<DigestContent> LoadAsync(
        NewsDbContext db, long editionId, string siteName, string postalAddress, string baseUrl, bool countOpens, CancellationToken cancellationToken)
    {
        var edition = await db.DigestEditions.AsNoTracking()
            .Where(e => e.Id == editionId)
            .Select(e => new { e.Frequency, e.Subject, e.Intro, e.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Digest edition {editionId} does not exist.");
        var articles = await db.DigestEditionArticles.AsNoTracking()
            .Where(a => a.EditionId == editionId && a.Article!.Status == ArticleStatus.Published)
            .OrderBy(a => a.Position).ThenBy(a => a.ArticleId)
            .Select(a => new { a.Article!.Title, a.Article.Summary, a.Article.Slug, a.Article.SectionId, SectionSlug = a.Article.Section!.Slug, SectionName = a.Article.Section.Name })
            .ToListAsync(cancellationToken);
        var subject = edition.Subject.Trim().Length > 0
            ? edition.Subject.Trim()
            : DigestWording.DefaultSubject(siteName, edition.Frequency);
        return new DigestContent(
            siteName, postalAddress, baseUrl, edition.Frequency, subject, edition.Intro.Trim(),
            [.. articles.Select(a => new DigestArticle(a.Title, a.Summary, baseUrl + PublicUrls.Article(a.SectionSlug, a.Slug), a.SectionId, a.SectionName))],
            edition.Status == DigestEditionStatus.Draft)
        {
            OpenCountImageUrl = countOpens ? baseUrl + DigestOpens.ImagePath(editionId) : null,
        };
    }
}

/// <summary>An article as a digest lists it: title linked to its public page, summary and section.</summary>
public sealed record DigestArticle(string Title, string Summary, string Url, int SectionId, string SectionName);
