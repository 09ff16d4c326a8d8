using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Consent;

/// <summary>The policy versions and wording behind a grant or confirmation, as the ledger stores them.</summary>
public sealed record ConsentShown(int PrivacyPolicyVersionId, int TermsVersionId, string WordingSha256);

/// <summary>
/// Writes the consent ledger. Rows join the caller's unit of work, so a subscription change and
/// its ledger row are committed together or not at all.
/// </summary>
public sealed class ConsentLedger(NewsDbContext db, TimeProvider time)
{
    /// <summary>Keeps the notice's exact wording under its hash; call before recording a grant made with it.</summary>
    public async Task RememberWordingAsync(ConsentNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        // Idempotent, and committed on its own: a wording that was shown stays on record whatever happens next.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO consent_wordings (sha256, text, first_shown_at) VALUES ({notice.WordingSha256}, {notice.Wording}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
    }

    /// <summary>Adds a ledger row for <paramref name="action"/>; <paramref name="shown"/> names what a grant or confirmation agreed to.</summary>
    public void Record(
        Subscriber subscriber, ConsentAction action, ConsentMethod method, RequestEvidence evidence,
        ConsentShown? shown = null, string source = "", string details = "")
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(evidence);
        db.ConsentRecords.Add(new ConsentRecord
        {
            Subscriber = subscriber,
            Action = action,
            Method = method,
            RecordedAt = time.GetUtcNow(),
            PrivacyPolicyVersionId = shown?.PrivacyPolicyVersionId,
            TermsVersionId = shown?.TermsVersionId,
            WordingSha256 = shown?.WordingSha256,
            Source = source,
            Details = details.Length > ConsentRecord.DetailsMaxLength ? details[..ConsentRecord.DetailsMaxLength] : details,
            Evidence = evidence == RequestEvidence.None ? null : new ConsentEvidence { IpAddress = evidence.IpAddress, UserAgent = evidence.UserAgent },
        });
    }

    /// <summary>What the subscriber's latest grant agreed to: a confirmation confirms exactly that.</summary>
    public Task<ConsentShown?> LatestGrantAsync(long subscriberId, CancellationToken cancellationToken = default) =>
        db.ConsentRecords.AsNoTracking()
            .Where(r => r.SubscriberId == subscriberId && r.WordingSha256 != null
                        && (r.Action == ConsentAction.Granted || r.Action == ConsentAction.Resubscribed || r.Action == ConsentAction.Imported))
            .OrderByDescending(r => r.Id)
            .Select(r => new ConsentShown(r.PrivacyPolicyVersionId!.Value, r.TermsVersionId!.Value, r.WordingSha256!))
            .FirstOrDefaultAsync(cancellationToken);
}
