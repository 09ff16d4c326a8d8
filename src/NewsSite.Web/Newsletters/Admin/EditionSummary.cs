using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>One line of the editions list: what it was and how many it reached.</summary>
public sealed record EditionSummary(
    long Id, DigestFrequency Frequency, DateTimeOffset Since, DateTimeOffset Until, string Subject, DigestEditionStatus Status,
    DateTimeOffset CreatedAt, int Recipients, int Sent, int Failed)
{
    /// <summary>How many editions the list and the chart show.</summary>
    public const int Shown = 60;

    /// <summary>The latest editions, newest first, with their copies counted.</summary>
    public static Task<List<EditionSummary>> LatestAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DigestEditions.AsNoTracking()
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Take(Shown)
            .Select(e => new EditionSummary(
                e.Id, e.Frequency, e.Since, e.Until, e.Subject, e.Status, e.CreatedAt,
                db.DigestDeliveries.Count(d => d.EditionId == e.Id),
                db.DigestDeliveries.Count(d => d.EditionId == e.Id && d.Status == DigestDeliveryStatus.Sent),
                db.DigestDeliveries.Count(d => d.EditionId == e.Id && d.Status == DigestDeliveryStatus.Failed)))
            .ToListAsync(cancellationToken);
    }
}
