namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// An article as a successful operation left it. <see cref="Version"/> is what the editor passes
/// back with their next change, so a change made by someone else meanwhile is noticed.
/// </summary>
public sealed record SavedArticle(int Id, string Slug, ArticleStatus Status, DateTimeOffset? PublishedAt, uint Version, int? RevisionNumber)
{
    internal static SavedArticle Of(Article article, int? revisionNumber) =>
        new(article.Id, article.Slug, article.Status, article.PublishedAt, article.Version, revisionNumber);
}
