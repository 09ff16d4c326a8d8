namespace NewsSite.Web.Articles.Editing;

/// <summary>How the admin area names an article's status.</summary>
public static class StatusNames
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "In review",
        _ => status.ToString(),
    };
}
