using NewsSite.Web.Articles;
using NewsSite.Web.Frame;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Seo;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Pages.Articles;

/// <summary>
/// What an article's page tells search engines and social networks: shared by the public page and
/// its previews, so a preview's head is the published page's, plus whatever <c>robots</c> says.
/// </summary>
public static class ArticlePageMetadata
{
    public static PageMetadata Of(ArticleView article, SiteFrame frame, PublicAddress address, string? robots = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(address);
        var url = address.Absolute(article.Url);
        return new PageMetadata
        {
            Title = article.SeoTitle.Length > 0 ? article.SeoTitle : article.Title,
            Description = article.SeoDescription.Length > 0 ? article.SeoDescription : article.Summary,
            CanonicalPath = article.Url,
            OpenGraphType = "article",
            Image = article.Hero is { } h ? new SocialImage(h.Path, h.Width, h.Height, h.AltText) : null,
            Robots = robots,
            PublishedTime = article.PublishedAt,
            ModifiedTime = article.UpdatedAt,
            FeedPath = PublicUrls.Section(article.SectionSlug),
            StructuredData =
            [
                .. NewsArticle(article, frame, address, url),
                StructuredData.Breadcrumbs([
                    (frame.Settings.SiteName, address.BaseUrl + "/"),
                    (article.SectionName, address.Absolute(PublicUrls.Section(article.SectionSlug))),
                    (article.Title, url)]),
            ],
        };
    }

    /// <summary>The article's facts for search engines; none for a preview of one not yet published, which has no publication date to give.</summary>
    private static IEnumerable<object> NewsArticle(ArticleView article, SiteFrame frame, PublicAddress address, string url)
    {
        if (article.Status != ArticleStatus.Published || article.PublishedAt is not { } published)
        {
            yield break;
        }
        yield return StructuredData.NewsArticle(new NewsArticleFacts(
            article.Title, article.Summary, url, article.Hero is { } heroImage ? address.Absolute(heroImage.Path) : null,
            published, article.UpdatedAt, article.SectionName, article.Tags.Select(t => t.Name).ToList(), article.WordCount,
            article.AuthorName, address.Absolute(PublicUrls.Author(article.AuthorSlug)), frame.Settings.SiteName, address.BaseUrl));
    }
}
