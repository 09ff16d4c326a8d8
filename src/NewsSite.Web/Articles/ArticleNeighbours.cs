namespace NewsSite.Web.Articles;

/// <summary>What the article page offers next: related stories, and the previous and next ones in time (read by <see cref="ArticlePageQuery"/>).</summary>
public sealed record ArticleNeighbours(IReadOnlyList<ArticleCard> Related, ArticleCard? Previous, ArticleCard? Next)
{
    public const int RelatedCount = 4;
}
