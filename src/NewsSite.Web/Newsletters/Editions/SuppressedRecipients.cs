using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Active subscribers whose address is on the suppression list (a hard bounce, say). The list holds
/// only HMACs under a salt PostgreSQL never sees, so the addresses are read and checked here; while
/// the list is empty, as it mostly is, no address is read at all.
/// </summary>
public sealed class SuppressedRecipients(NewsDbContext db, SuppressionList suppression)
{
    /// <summary>Subscribers read and checked at a time: a million never sit in memory at once, nor cost a million queries.</summary>
    private const int PageSize = 10_000;

    public async Task<long[]> FindAsync(DigestFrequency frequency, CancellationToken cancellationToken)
    {
        if (!await suppression.AnyListedAsync(cancellationToken))
        {
            return [];
        }
        var suppressed = new List<long>();
        var after = 0L;
        while (true)
        {
            var page = await db.Subscribers.AsNoTracking()
                .Where(s => s.Status == SubscriberStatus.Active && s.Frequency == frequency && s.Email != null && s.Id > after)
                .OrderBy(s => s.Id)
                .Select(s => new { s.Id, Email = s.Email! })
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return [.. suppressed];
            }
            var listed = await suppression.ListedAmongAsync(page.ConvertAll(s => s.Email), cancellationToken);
            suppressed.AddRange(page.Where(s => listed.Contains(s.Email)).Select(s => s.Id));
            after = page[^1].Id;
        }
    }
}
