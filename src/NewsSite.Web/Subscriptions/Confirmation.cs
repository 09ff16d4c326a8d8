using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

public enum ConfirmationState
{
    /// <summary>No pending subscription has this link: forged, mistyped, or already used.</summary>
    Unknown,
    Expired,
    Waiting,
    Confirmed,
}

/// <summary>
/// The second step of double opt-in. Opening the link only shows a page; the subscription starts
/// when the person presses its button (a POST), so mail scanners that follow links confirm nobody.
/// </summary>
public sealed class Confirmation(
    NewsDbContext db, ConsentLedger ledger, SuppressionList suppression, SubscriptionEmails emails,
    IOptions<SubscriptionOptions> options, TimeProvider time)
{
    public async Task<ConfirmationState> StateAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await PendingAsync(token, cancellationToken);
        return subscriber is null ? ConfirmationState.Unknown : IsExpired(subscriber) ? ConfirmationState.Expired : ConfirmationState.Waiting;
    }

    /// <summary>Confirms the subscription; the subscriber is returned for the page that follows (their preferences).</summary>
    public async Task<(ConfirmationState State, Subscriber? Subscriber)> ConfirmAsync(string token, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        var subscriber = await PendingAsync(token, cancellationToken);
        if (subscriber is null || IsExpired(subscriber))
        {
            return (subscriber is null ? ConfirmationState.Unknown : ConfirmationState.Expired, null);
        }
        var agreed = await ledger.LatestGrantAsync(subscriber.Id, cancellationToken);
        subscriber.Status = SubscriberStatus.Active;
        subscriber.ConfirmedAt = time.GetUtcNow();
        subscriber.UnsubscribedAt = null;
        subscriber.ConfirmationTokenHash = null;
        await suppression.LiftErasureAsync(subscriber.Email!, cancellationToken);
        ledger.Record(subscriber, ConsentAction.Confirmed, ConsentMethod.ConfirmationLink, evidence, agreed, subscriber.Source, Preferences.Describe(subscriber));
        await db.SaveChangesAsync(cancellationToken);
        return (ConfirmationState.Confirmed, subscriber);
    }

    /// <summary>Sends a fresh link for an expired one; false when the old link belongs to no pending subscription.</summary>
    public async Task<bool> ResendAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await PendingAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        if (subscriber.FormEmailSentAt is not { } sent || now - sent >= options.Value.EmailInterval)
        {
            var (fresh, hash) = SubscriptionTokens.NewOneTime();
            (subscriber.ConfirmationTokenHash, subscriber.ConfirmationSentAt, subscriber.FormEmailSentAt) = (hash, now, now);
            await emails.QueueConfirmationAsync(subscriber, fresh, options.Value.ConfirmationLinkLifetime);
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }

    private async Task<Subscriber?> PendingAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = SubscriptionTokens.Hash(token);
        return await db.Subscribers.SingleOrDefaultAsync(s => s.ConfirmationTokenHash == hash && s.Status == SubscriberStatus.Pending, cancellationToken);
    }

    private bool IsExpired(Subscriber subscriber) =>
        subscriber.ConfirmationSentAt is not { } sent || time.GetUtcNow() - sent > options.Value.ConfirmationLinkLifetime;
}
