using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Addresses;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

/// <summary>
/// A subscriber's own view of their data: a link sent by email opens it (the form answers the
/// same for every address), from where they download everything held about them or erase it.
/// </summary>
public sealed class PrivacyCentre(
    NewsDbContext db, ConsentLedger ledger, SuppressionList suppression, SubscriptionEmails emails,
    IOptions<SubscriptionOptions> options, TimeProvider time)
{
    /// <summary>Emails a link when the address has a subscription; null, or the problem with the typed address.</summary>
    public async Task<string?> RequestLinkAsync(string? typedAddress, CancellationToken cancellationToken)
    {
        var address = SubscriberAddress.Read(typedAddress);
        if (address.Problem is not null)
        {
            return address.Problem;
        }
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Email == address.Address, cancellationToken);
        var now = time.GetUtcNow();
        // Counted apart from the subscription emails: someone who has just subscribed may want their data at once.
        if (subscriber is not null && (subscriber.PrivacyTokenSentAt is not { } sent || now - sent >= options.Value.EmailInterval))
        {
            var (token, hash) = SubscriptionTokens.NewOneTime();
            (subscriber.PrivacyTokenHash, subscriber.PrivacyTokenSentAt) = (hash, now);
            await emails.QueuePrivacyCentreLinkAsync(subscriber, token, options.Value.PrivacyLinkLifetime);
            await db.SaveChangesAsync(cancellationToken);
        }
        return null;
    }

    /// <summary>The subscriber a privacy-centre link opens, while it is valid.</summary>
    public async Task<Subscriber?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = SubscriptionTokens.Hash(token);
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.PrivacyTokenHash == hash && s.Status != SubscriberStatus.Erased, cancellationToken);
        return subscriber?.PrivacyTokenSentAt is { } sent && time.GetUtcNow() - sent <= options.Value.PrivacyLinkLifetime ? subscriber : null;
    }

    /// <summary>
    /// Erases the person: their address and links go, the request details kept with their consent
    /// records go, queued and sent emails to them go. What stays: the ledger rows (which no longer
    /// identify anyone) and a salted hash of the address on the suppression list.
    /// </summary>
    public async Task EraseAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var address = subscriber.Email!;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.ConsentEvidence.Where(e => db.ConsentRecords.Any(r => r.Id == e.ConsentRecordId && r.SubscriberId == subscriber.Id)).ExecuteDeleteAsync(token);
            await db.OutboxMessages.Where(m => m.ToAddress == address).ExecuteDeleteAsync(token);
            await suppression.AddAsync(address, SuppressionReason.Erased, token);
            subscriber.Email = null;
            subscriber.LinkKey = "";
            subscriber.ConfirmationTokenHash = null;
            subscriber.PrivacyTokenHash = null;
            subscriber.Status = SubscriberStatus.Erased;
            subscriber.ErasedAt = time.GetUtcNow();
            // No request details: they would be personal data kept after the erasure they record.
            ledger.Record(subscriber, ConsentAction.Erased, ConsentMethod.PrivacyCentre, RequestEvidence.None);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        });
    }
}
