using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Active subscribers whose address is on the suppression list (a hard bounce, say). The list holds
/// only HMACs under a salt PostgreSQL never sees, so the addresses are hashed here; while the list
/// is empty, as it mostly is, nothing is read at all.
/// </summary>
public sealed class SuppressedRecipients(NewsDbContext db, SuppressionList suppression)
{
    public async Task<long[]> FindAsync(DigestFrequency frequency, CancellationToken cancellationToken)
    {
        var hashes = (await db.SuppressedAddresses.AsNoTracking().Select(s => s.AddressHash).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return [];
        }
        var hash = await suppression.HasherAsync(cancellationToken);
        var suppressed = new List<long>();
        var candidates = db.Subscribers.AsNoTracking()
            .Where(s => s.Status == SubscriberStatus.Active && s.Frequency == frequency && s.Email != null)
            .Select(s => new { s.Id, s.Email })
            .AsAsyncEnumerable();
        // Streamed, never all in memory; the salt is read once rather than per address (a million at most).
        await foreach (var candidate in candidates.WithCancellation(cancellationToken))
        {
            if (hashes.Contains(hash(candidate.Email!)))
            {
                suppressed.Add(candidate.Id);
            }
        }
        return [.. suppressed];
    }
}
