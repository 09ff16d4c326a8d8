using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Runs a change to an edition in one transaction that holds the edition's row, so an edit and a
/// release (or two releases) of one edition take turns: whoever comes second sees what the first did.
/// </summary>
internal static class LockedEdition
{
    /// <summary>
    /// Runs <paramref name="work"/> on the edition (tracked; null when there is none) and commits
    /// what it saved. After a dropped connection the whole unit is retried from the start.
    /// </summary>
    public static Task<T> RunAsync<T>(NewsDbContext db, long editionId, Func<DigestEdition?, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var locked = await db.DigestEditions
                .FromSql($"SELECT * FROM digest_editions WHERE id = {editionId} FOR UPDATE")
                .ToListAsync(token);
            var result = await work(locked.SingleOrDefault(), token);
            await transaction.CommitAsync(token);
            return result;
        });
}
