using System.Globalization;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>How the audit log names an article: by id, which lasts, and by title, which a reader of the log recognises.</summary>
public static class ArticleAuditSubject
{
    public static string Of(int articleId, string title) => string.Create(CultureInfo.InvariantCulture, $"Article {articleId}: {title}");
}
