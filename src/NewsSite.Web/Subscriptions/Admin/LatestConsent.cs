using System.Linq.Expressions;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>A subscriber with the policy versions (site page version ids) of their latest consent.</summary>
public sealed class SubscriberWithConsent
{
    public required Subscriber Subscriber { get; init; }
    public int? PrivacyPolicyVersionId { get; init; }
    public int? TermsVersionId { get; init; }
}

/// <summary>
/// Which policy versions a subscriber last agreed to: those of the latest ledger row that gave
/// consent under named versions. Later rows without versions (preference changes, withdrawals) do
/// not change what was agreed to; an import names no version, since the site showed no wording.
/// </summary>
public static class LatestConsent
{
    private static readonly Expression<Func<ConsentRecord, bool>> GaveConsentUnderAVersion = r =>
        r.PrivacyPolicyVersionId != null
        && (r.Action == ConsentAction.Granted || r.Action == ConsentAction.Confirmed
            || r.Action == ConsentAction.Resubscribed || r.Action == ConsentAction.Imported);

    /// <summary>
    /// Each subscriber with the versions of their latest consent, as correlated subqueries that walk
    /// the ledger's (subscriber_id, id) index backwards: PostgreSQL evaluates them only for the rows
    /// a page shows, unless a filter or count needs them for every subscriber.
    /// </summary>
    public static IQueryable<SubscriberWithConsent> WithLatestConsent(this IQueryable<Subscriber> subscribers, NewsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var giving = db.ConsentRecords.Where(GaveConsentUnderAVersion);
        return subscribers.Select(s => new SubscriberWithConsent
        {
            Subscriber = s,
            PrivacyPolicyVersionId = giving.Where(r => r.SubscriberId == s.Id).OrderByDescending(r => r.Id).Select(r => r.PrivacyPolicyVersionId).FirstOrDefault(),
            TermsVersionId = giving.Where(r => r.SubscriberId == s.Id).OrderByDescending(r => r.Id).Select(r => r.TermsVersionId).FirstOrDefault(),
        });
    }
}
