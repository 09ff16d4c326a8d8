using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// The queries senders share through the database: claiming copies to send and closing editions
/// that have none left. Claims use <c>FOR UPDATE SKIP LOCKED</c> and a lease, so any number of
/// instances send side by side without taking the same copy, and a crashed one's copies come back.
/// </summary>
public static class DeliveryClaims
{
    /// <summary>
    /// Takes up to <paramref name="batchSize"/> due copies of editions being sent. The attempt is
    /// counted here, not after the send, so a copy that keeps crashing its sender still runs out of attempts.
    /// </summary>
    /// <remarks>
    /// <c>= ANY(ARRAY(…))</c> rather than <c>IN (…)</c>: PostgreSQL then fetches the chosen rows by key
    /// instead of joining them against the whole table, which made every claim read all 100,000 copies.
    /// </remarks>
    public static Task<List<DigestDelivery>> ClaimAsync(NewsDbContext db, DateTimeOffset now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var lockedUntil = now + lease;
        return db.DigestDeliveries.FromSql($"""
            UPDATE digest_deliveries SET locked_until = {lockedUntil}, attempts = attempts + 1
            WHERE id = ANY(ARRAY(
                SELECT d.id FROM digest_deliveries d JOIN digest_editions e ON e.id = d.edition_id
                WHERE d.status IN ('Queued', 'Deferred') AND d.next_attempt_at <= {now}
                  AND (d.locked_until IS NULL OR d.locked_until < {now})
                  AND e.status = 'Sending'
                ORDER BY d.next_attempt_at, d.id
                LIMIT {batchSize}
                FOR UPDATE OF d SKIP LOCKED))
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Marks Sent every edition being sent whose copies all have their outcome.</summary>
    public static Task<int> CompleteFinishedEditionsAsync(NewsDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE digest_editions e SET status = 'Sent', completed_at = {now}
            WHERE e.status = 'Sending'
              AND NOT EXISTS (SELECT 1 FROM digest_deliveries d WHERE d.edition_id = e.id AND d.status IN ('Queued', 'Deferred'))
            """, cancellationToken);
}
