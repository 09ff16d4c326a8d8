namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// What an editor types into the article form. Text fields may arrive null from model binding
/// and are read as empty; all but the body are trimmed.
/// </summary>
public sealed class ArticleInput
{
    public string? Title { get; set; }

    /// <summary>Left empty, it is made from the title; either way it is reduced to what <see cref="ArticleSlug"/> allows.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }
    public string? BodyMarkdown { get; set; }
    public int SectionId { get; set; }

    /// <summary>The public byline, which need not be the member of staff who writes.</summary>
    public int AuthorId { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    internal string CleanTitle => Clean(Title);
    internal string CleanSummary => Clean(Summary);
    internal string CleanBody => BodyMarkdown ?? "";
    internal string CleanSeoTitle => Clean(SeoTitle);
    internal string CleanSeoDescription => Clean(SeoDescription);
    internal string EffectiveSlug => ArticleSlug.From(Clean(Slug) is { Length: > 0 } slug ? slug : CleanTitle);

    /// <summary>The form filled in with the article as it is, for editing it or restoring part of it.</summary>
    public static ArticleInput From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleInput
        {
            Title = article.Title,
            Slug = article.Slug,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            SectionId = article.SectionId,
            AuthorId = article.AuthorId,
            SeoTitle = article.SeoTitle,
            SeoDescription = article.SeoDescription,
        };
    }

    internal void ApplyTo(Article article)
    {
        article.Title = CleanTitle;
        article.Slug = EffectiveSlug;
        article.Summary = CleanSummary;
        article.BodyMarkdown = CleanBody;
        article.SectionId = SectionId;
        article.AuthorId = AuthorId;
        article.SeoTitle = CleanSeoTitle;
        article.SeoDescription = CleanSeoDescription;
    }

    private static string Clean(string? text) => text?.Trim() ?? "";
}
