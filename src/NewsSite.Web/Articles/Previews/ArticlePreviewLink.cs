using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Previews;

/// <summary>
/// A secret address at which anyone may read an unpublished article until <see cref="ExpiresAt"/>.
/// Only the SHA-256 hash of the token is kept: whoever reads the database cannot open the link.
/// </summary>
public class ArticlePreviewLink
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    public required byte[] TokenHash { get; set; }

    /// <summary>Empty when the account of whoever made the link is gone.</summary>
    public string? CreatedById { get; set; }
    public StaffUser? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
