using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Revisions;

/// <summary>
/// The words of an article, its tags and its hero image as one save through the editorial workflow left them. Revisions are only
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

    /// <summary>The tags' names as they were, so a restore brings back tags since renamed or deleted.</summary>
    public string[] TagNames { get; set; } = [];

    /// <summary>Null when the article had no hero image, or the image has since left the media library.</summary>
    public int? HeroImageId { get; set; }
    public string HeroAltText { get; set; } = "";
    public string HeroCaption { get; set; } = "";
    public string HeroCredit { get; set; } = "";

    /// <summary>Empty when the account is gone, or for the text an article had before its first save through the workflow.</summary>
    public string? SavedById { get; set; }
    public StaffUser? SavedBy { get; set; }

    /// <summary>The saver's display name at the time, so history reads well after an account is renamed or removed.</summary>
    public string SavedByName { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }
}
