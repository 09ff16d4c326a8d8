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
    /// Takes up to <paramref name="batchSize"/> due copies of editions being sent, the first after
    /// <paramref name="after"/> in claiming order. The attempt is counted here, not after the send,
    /// so a copy that keeps crashing its sender still runs out of attempts.
    /// </summary>
    /// <remarks>
    /// A sender passes on where its last batch ended: the copies before it are sent or being sent,
    /// and their index entries, dead until the table is vacuumed, would otherwise be stepped over
    /// by every claim. <c>= ANY(ARRAY(…))</c> rather than <c>IN (…)</c>: PostgreSQL then fetches
    /// the chosen rows by key instead of joining them against the whole table.
    /// </remarks>
    public static Task<List<DigestDelivery>> ClaimAsync(NewsDbContext db, DateTimeOffset now, TimeSpan lease, int batchSize, ClaimPosition after, CancellationToken cancellationToken)
    {
        var lockedUntil = now + lease;
        return db.DigestDeliveries.FromSql($"""
            UPDATE digest_deliveries SET locked_until = {lockedUntil}, attempts = attempts + 1
            WHERE id = ANY(ARRAY(
                SELECT d.id FROM digest_deliveries d JOIN digest_editions e ON e.id = d.edition_id
                WHERE d.status IN ('Queued', 'Deferred') AND d.next_attempt_at <= {now}
                  AND (d.next_attempt_at, d.id) > ({after.NextAttemptAt}, {after.Id})
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

/// <summary>A place in the order copies are claimed in: by when they are due, then by id.</summary>
public readonly record struct ClaimPosition(DateTimeOffset NextAttemptAt, long Id)
{
    public static ClaimPosition Start { get; } = new(DateTimeOffset.MinValue, 0);

    /// <summary>Where <paramref name="batch"/> ends, to claim the next batch after it.</summary>
    public static ClaimPosition After(IEnumerable<DigestDelivery> batch) =>
        batch.MaxBy(d => (d.NextAttemptAt, d.Id)) is { } last ? new(last.NextAttemptAt, last.Id) : Start;
}
