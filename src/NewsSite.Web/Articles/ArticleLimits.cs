namespace NewsSite.Web.Articles;

/// <summary>Field lengths shared by the schema and the editorial workflow's validation.</summary>
public static class ArticleLimits
{
    public const int TitleLength = 200;
    public const int SummaryLength = 500;
    public const int CaptionLength = 500;
    public const int CreditLength = 200;

    /// <summary>Not a column limit: a bound on what one save may ask the Markdown renderer and the diff to process.</summary>
    public const int BodyMarkdownLength = 100_000;
}
