namespace NewsSite.Web.Articles;

/// <summary>Field lengths shared by the schema and, later, the editor's validation.</summary>
public static class ArticleLimits
{
    public const int TitleLength = 200;
    public const int SlugLength = 200;
    public const int SummaryLength = 500;
    public const int CaptionLength = 500;
    public const int CreditLength = 200;
}
