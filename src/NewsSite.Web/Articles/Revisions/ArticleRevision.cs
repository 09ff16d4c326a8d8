using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Revisions;

/// <summary>
/// The words of an article as one save through the editorial workflow left them. Revisions are only
/// ever added, numbered from 1 per article, so any two can be compared and any one restored.
/// </summary>
public class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>1 for the article's first revision, then one more for each save.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Empty when the account is gone, or for the text an article had before its first save through the workflow.</summary>
    public string? SavedById { get; set; }
    public StaffUser? SavedBy { get; set; }

    /// <summary>The saver's display name at the time, so history reads well after an account is renamed or removed.</summary>
    public string SavedByName { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }
}
