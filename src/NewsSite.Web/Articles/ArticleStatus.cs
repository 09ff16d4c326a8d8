namespace NewsSite.Web.Articles;

/// <summary>Where an article is in the editorial workflow. Stored as text so the database stays readable.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Withdrawn,
}
