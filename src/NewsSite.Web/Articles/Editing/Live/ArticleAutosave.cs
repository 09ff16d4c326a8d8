using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>
/// What one member of staff was last writing in an article's editor, kept by the server while they
/// type so a lost browser loses nothing. It is not a revision and never changes the article: it is
/// offered back to its writer when they reopen the article, and a real save deletes it.
/// </summary>
public class ArticleAutosave
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string UserId { get; set; }
    public StaffUser? User { get; set; }

    public required EditorText Text { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
