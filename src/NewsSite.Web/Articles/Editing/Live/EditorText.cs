using System.Globalization;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>The words of the article form that are autosaved: headline, summary and Markdown text, as typed.</summary>
public sealed record EditorText(string Title, string Summary, string BodyMarkdown)
{
    public static EditorText Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new EditorText(article.Title, article.Summary, article.BodyMarkdown);
    }

    /// <summary>Why the text cannot be kept, or null when it can: the limits are those of a real save.</summary>
    public string? Problem() =>
        Title.Length > ArticleLimits.TitleLength ? TooLong("headline", ArticleLimits.TitleLength)
        : Summary.Length > ArticleLimits.SummaryLength ? TooLong("summary", ArticleLimits.SummaryLength)
        : BodyMarkdown.Length > ArticleLimits.BodyMarkdownLength ? TooLong("text", ArticleLimits.BodyMarkdownLength)
        : null;

    /// <summary>
    /// Whether saving this text would leave the article as it is: saving trims the headline and
    /// summary, so spaces at their ends are no difference.
    /// </summary>
    public bool SavesAs(EditorText saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return Title.Trim() == saved.Title && Summary.Trim() == saved.Summary && BodyMarkdown == saved.BodyMarkdown;
    }

    public void ApplyTo(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        (input.Title, input.Summary, input.BodyMarkdown) = (Title, Summary, BodyMarkdown);
    }

    internal static string TooLong(string field, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The {field} is longer than {limit:N0} characters; shorten it.");
}
