using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

/// <summary>
/// What a subscriber does through the personal link in every email: change frequency and sections,
/// pause, unsubscribe, subscribe again. Each change is a ledger row, committed with the change.
/// </summary>
public sealed class SubscriberPreferences(NewsDbContext db, ConsentLedger ledger, TimeProvider time)
{
    /// <summary>The subscriber a personal link belongs to; null for a forged, mistyped or erased one.</summary>
    public async Task<Subscriber?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SubscriptionTokens.TryReadPersonalToken(token, out var id, out var key))
        {
            return null;
        }
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Id == id && s.Status != SubscriberStatus.Erased, cancellationToken);
        return subscriber is not null && SubscriptionTokens.KeysMatch(subscriber.LinkKey, key) ? subscriber : null;
    }

    public async Task ChangeAsync(Subscriber subscriber, DigestFrequency frequency, IReadOnlyCollection<int> sections, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var ids = sections.Distinct().Take(SubscribeForm.MaxSections).ToList();
        subscriber.Frequency = frequency;
        subscriber.SectionIds = ids.Count == 0 ? [] : await db.Sections.Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        ledger.Record(subscriber, ConsentAction.PreferencesChanged, ConsentMethod.PreferencesLink, evidence, details: Preferences.Describe(subscriber));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task PauseAsync(Subscriber subscriber, RequestEvidence evidence, CancellationToken cancellationToken) =>
        MoveAsync(subscriber, SubscriberStatus.Active, SubscriberStatus.Paused, ConsentAction.Paused, ConsentMethod.PreferencesLink, evidence, cancellationToken);

    public Task ResumeAsync(Subscriber subscriber, RequestEvidence evidence, CancellationToken cancellationToken) =>
        MoveAsync(subscriber, SubscriberStatus.Paused, SubscriberStatus.Active, ConsentAction.Resumed, ConsentMethod.PreferencesLink, evidence, cancellationToken);

    /// <summary>Takes effect at once, for any state but erased; a second unsubscribe changes nothing and adds no row.</summary>
    public async Task UnsubscribeAsync(Subscriber subscriber, ConsentMethod method, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.Status is SubscriberStatus.Unsubscribed or SubscriberStatus.Erased)
        {
            return;
        }
        subscriber.Status = SubscriberStatus.Unsubscribed;
        subscriber.UnsubscribedAt = time.GetUtcNow();
        subscriber.ConfirmationTokenHash = null;
        ledger.Record(subscriber, ConsentAction.Withdrawn, method, evidence, details: Preferences.Describe(subscriber));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Subscribes again someone who left, after they agreed to the current <paramref name="notice"/>.
    /// Their address was proved by an earlier confirmation and the personal link, so no new email is needed.
    /// </summary>
    public async Task<bool> ResubscribeAsync(Subscriber subscriber, ConsentNotice notice, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(notice);
        if (subscriber.Status != SubscriberStatus.Unsubscribed || subscriber.ConfirmedAt is null)
        {
            return false;
        }
        await ledger.RememberWordingAsync(notice, cancellationToken);
        subscriber.Status = SubscriberStatus.Active;
        subscriber.UnsubscribedAt = null;
        ledger.Record(subscriber, ConsentAction.Resubscribed, ConsentMethod.PreferencesLink, evidence, notice.Shown, subscriber.Source, Preferences.Describe(subscriber));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task MoveAsync(
        Subscriber subscriber, SubscriberStatus from, SubscriberStatus to, ConsentAction action, ConsentMethod method, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.Status != from)
        {
            return;
        }
        subscriber.Status = to;
        ledger.Record(subscriber, action, method, evidence, details: Preferences.Describe(subscriber));
        await db.SaveChangesAsync(cancellationToken);
    }
}
