using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Previews;

/// <summary>A live link as the preview page lists it; the token itself is never shown again.</summary>
public sealed record LivePreviewLink(long Id, string CreatedByName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// Secret links to an article's preview: made, listed and revoked by staff, opened by anyone who
/// has one. A link leads to the article's current saved text until it expires or is revoked, and
/// stops working once the article is withdrawn or deleted.
/// </summary>
public sealed class PreviewLinks(NewsDbContext db, TimeProvider time)
{
    /// <summary>256 random bits, written in 43 URL-safe characters.</summary>
    private const int TokenBytes = 32;

    private static readonly int TokenLength = Base64Url.GetEncodedLength(TokenBytes);

    /// <summary>
    /// The site address that opens a link. The token goes in the query string, which request logs
    /// leave out, so the secret does not end up in them.
    /// </summary>
    public static string PathFor(string token) => "/preview?token=" + Uri.EscapeDataString(token);

    /// <summary>A new link's token, to be shown once: only its hash is stored.</summary>
    public async Task<string> CreateAsync(int articleId, string createdById, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow();
        db.ArticlePreviewLinks.Add(new ArticlePreviewLink
        {
            ArticleId = articleId,
            TokenHash = Hash(token),
            CreatedById = createdById,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The article's links that still work, newest first.</summary>
    public Task<List<LivePreviewLink>> ListLiveAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.ArticlePreviewLinks.AsNoTracking()
            .Where(l => l.ArticleId == articleId && l.RevokedAt == null && l.ExpiresAt > now)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new LivePreviewLink(l.Id, l.CreatedBy == null ? "" : l.CreatedBy.DisplayName, l.CreatedAt, l.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stops one of the article's links working; false when it had no such live link.</summary>
    public async Task<bool> RevokeAsync(int articleId, long linkId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return await db.ArticlePreviewLinks
            .Where(l => l.Id == linkId && l.ArticleId == articleId && l.RevokedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.RevokedAt, now), cancellationToken) > 0;
    }

    /// <summary>The article a token opens now, or null when the link is unknown, expired, revoked or its article withdrawn.</summary>
    public async Task<int?> FindArticleAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (token is null || token.Length != TokenLength)
        {
            return null;
        }
        var hash = Hash(token);
        var now = time.GetUtcNow();
        return await db.ArticlePreviewLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.RevokedAt == null && l.ExpiresAt > now && l.Article!.Status != ArticleStatus.Withdrawn)
            .Select(l => (int?)l.ArticleId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
