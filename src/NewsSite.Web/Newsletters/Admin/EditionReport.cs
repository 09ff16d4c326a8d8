using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>
/// What an edition achieved: copies delivered, copies that failed grouped by the server's reason,
/// and the recipients who unsubscribed after it arrived and before the next edition of its
/// frequency went out (or until now, while it is the latest). <paramref name="OpensCounted"/> is the
/// edition's aggregate open count, or null when counting is off and never counted any: then the
/// report says nothing about opens rather than show a 0 that only means "not measured".
/// </summary>
public sealed record EditionReport(int Delivered, IReadOnlyList<FailureReason> Failures, int Unsubscribes, long? OpensCounted)
{
    public static async Task<EditionReport> LoadAsync(NewsDbContext db, DigestEdition edition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(edition);
        var copies = db.DigestDeliveries.Where(d => d.EditionId == edition.Id);
        var delivered = await copies.CountAsync(d => d.Status == DigestDeliveryStatus.Sent, cancellationToken);
        var failures = await copies.Where(d => d.Status == DigestDeliveryStatus.Failed)
            .GroupBy(d => d.LastError ?? "")
            .Select(g => new { Reason = g.Key, Copies = g.Count() })
            .OrderByDescending(f => f.Copies).ThenBy(f => f.Reason)
            .ToListAsync(cancellationToken);
        var countingOpens = await db.SiteSettings.AnyAsync(s => s.CountDigestOpens, cancellationToken);
        return new EditionReport(
            delivered, [.. failures.Select(f => new FailureReason(f.Reason, f.Copies))], await UnsubscribesAsync(db, edition, now, cancellationToken),
            edition.OpenCount > 0 || countingOpens ? edition.OpenCount : null);
    }

    private static async Task<int> UnsubscribesAsync(NewsDbContext db, DigestEdition edition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (edition.ReleasedAt is not { } released)
        {
            return 0;
        }
        var next = await db.DigestEditions
            .Where(e => e.Frequency == edition.Frequency && e.ReleasedAt > released)
            .MinAsync(e => e.ReleasedAt, cancellationToken) ?? now;
        var recipients = db.DigestDeliveries.Where(d => d.EditionId == edition.Id).Select(d => d.SubscriberId);
        return await db.ConsentRecords
            .Where(r => r.Action == ConsentAction.Withdrawn && r.RecordedAt >= released && r.RecordedAt < next && recipients.Contains(r.SubscriberId))
            .Select(r => r.SubscriberId).Distinct().CountAsync(cancellationToken);
    }
}

/// <summary>Failed copies that share one reason.</summary>
public sealed record FailureReason(string Reason, int Copies);
