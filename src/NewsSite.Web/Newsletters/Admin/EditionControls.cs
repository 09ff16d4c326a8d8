using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Newsletters.Editions;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>
/// Editors' hold on an edition going out: pause and resume it (the senders leave a paused
/// edition's copies alone), and try its failed copies again. Each runs with the edition's row
/// locked, so it never crosses a release or the sender marking the edition sent.
/// </summary>
public sealed class EditionControls(NewsDbContext db, SuppressedRecipients suppressed, TimeProvider time)
{
    public Task<DigestChange> PauseAsync(long editionId, CancellationToken cancellationToken = default) =>
        MoveAsync(editionId, DigestEditionStatus.Sending, DigestEditionStatus.Paused, "Only an edition that is being sent can be paused.", cancellationToken);

    public Task<DigestChange> ResumeAsync(long editionId, CancellationToken cancellationToken = default) =>
        MoveAsync(editionId, DigestEditionStatus.Paused, DigestEditionStatus.Sending, "Only a paused edition can be resumed.", cancellationToken);

    /// <summary>
    /// Queues the edition's failed copies again, from a first attempt. Copies to addresses now on
    /// the suppression list (a hard bounce, an erasure) stay failed: trying them again would only
    /// bounce again. A finished edition goes back to sending, so the senders pick them up.
    /// </summary>
    public async Task<(DigestChange Change, int Requeued)> RetryFailedAsync(long editionId, CancellationToken cancellationToken = default)
    {
        var requeued = 0;
        var change = await LockedEdition.RunAsync(db, editionId, async (edition, token) =>
        {
            if (edition is null)
            {
                return new DigestChange("That edition does not exist.");
            }
            if (edition.Status is DigestEditionStatus.Draft or DigestEditionStatus.Skipped)
            {
                return new DigestChange("This edition was never sent, so it has no failed copies.");
            }
            var excluded = await suppressed.FindAsync(edition.Frequency, token);
            var now = time.GetUtcNow();
            requeued = await db.DigestDeliveries
                .Where(d => d.EditionId == editionId && d.Status == DigestDeliveryStatus.Failed && !excluded.Contains(d.SubscriberId))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.Status, DigestDeliveryStatus.Queued)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), token);
            if (requeued > 0 && edition.Status == DigestEditionStatus.Sent)
            {
                edition.Status = DigestEditionStatus.Sending;
                edition.CompletedAt = null;
                await db.SaveChangesAsync(token);
            }
            return DigestChange.Done;
        }, cancellationToken);
        return (change, requeued);
    }

    private Task<DigestChange> MoveAsync(long editionId, DigestEditionStatus from, DigestEditionStatus to, string refusal, CancellationToken cancellationToken) =>
        LockedEdition.RunAsync(db, editionId, async (edition, token) =>
        {
            if (edition is null)
            {
                return new DigestChange("That edition does not exist.");
            }
            if (edition.Status != from)
            {
                return new DigestChange(refusal);
            }
            edition.Status = to;
            await db.SaveChangesAsync(token);
            return DigestChange.Done;
        }, cancellationToken);
}
