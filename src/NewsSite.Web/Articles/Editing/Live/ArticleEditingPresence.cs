namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>
/// A member of staff who has an article open in the editor, as their browser last reported. Rows
/// are not removed when someone leaves: one not seen for <see cref="EditingPresence.Timeout"/> is gone.
/// </summary>
public class ArticleEditingPresence
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string UserId { get; set; }
    public Accounts.StaffUser? User { get; set; }

    /// <summary>The name colleagues see, as it was when they opened the article.</summary>
    public required string DisplayName { get; set; }

    /// <summary>When this spell of editing began: the first report after a gap longer than the timeout.</summary>
    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}
