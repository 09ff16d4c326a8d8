using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>How far a released edition has gone out: its copies by status, and how many went in the last minute.</summary>
public sealed record EditionProgress(string Status, int Queued, int Sent, int Deferred, int Failed, int Skipped, int SentLastMinute)
{
    public int Total => Queued + Sent + Deferred + Failed + Skipped;

    /// <summary>Copies with their outcome (sent, failed or skipped); a deferred one is still to be tried again.</summary>
    public int Done => Sent + Failed + Skipped;

    public int Percent => Total == 0 ? 100 : Done * 100 / Total;

    public static async Task<EditionProgress?> LoadAsync(NewsDbContext db, long editionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var status = await db.DigestEditions.Where(e => e.Id == editionId).Select(e => (DigestEditionStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return null;
        }
        var since = now.AddMinutes(-1);
        var counts = await db.DigestDeliveries.Where(d => d.EditionId == editionId)
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Recent = g.Count(d => d.SentAt > since) })
            .ToDictionaryAsync(g => g.Status, cancellationToken);
        int Count(DigestDeliveryStatus s) => counts.TryGetValue(s, out var c) ? c.Count : 0;
        var sentLastMinute = counts.TryGetValue(DigestDeliveryStatus.Sent, out var sent) ? sent.Recent : 0;
        return new EditionProgress(status.Value.ToString(), Count(DigestDeliveryStatus.Queued), Count(DigestDeliveryStatus.Sent),
            Count(DigestDeliveryStatus.Deferred), Count(DigestDeliveryStatus.Failed), Count(DigestDeliveryStatus.Skipped), sentLastMinute);
    }
}
