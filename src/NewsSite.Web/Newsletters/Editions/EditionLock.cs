using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Holds an edition's row for the caller's transaction, so an edit and a release (or two
/// releases) of one edition take turns: whoever comes second sees what the first did.
/// </summary>
internal static class EditionLock
{
    /// <summary>The edition, tracked and locked until the transaction ends; null when there is none.</summary>
    public static async Task<DigestEdition?> LockAsync(NewsDbContext db, long editionId, CancellationToken cancellationToken)
    {
        var locked = await db.DigestEditions
            .FromSql($"SELECT * FROM digest_editions WHERE id = {editionId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return locked.SingleOrDefault();
    }
}
