using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>One ledger row as the subscriber page shows it; IP address and user agent are null when erased or never recorded.</summary>
public sealed record ConsentHistoryRow(
    long Id, DateTimeOffset RecordedAt, ConsentAction Action, ConsentMethod Method,
    int? PrivacyPolicyVersionId, int? TermsVersionId, string? WordingSha256, string? Wording,
    string Source, string Details, string? IpAddress, string? UserAgent);

/// <summary>A subscriber's whole consent ledger, oldest first: what they agreed to, when, and from where.</summary>
public sealed class ConsentHistory(NewsDbContext db)
{
    public async Task<(Subscriber Subscriber, IReadOnlyList<ConsentHistoryRow> Rows)?> LoadAsync(long subscriberId, CancellationToken cancellationToken)
    {
        var subscriber = await db.Subscribers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == subscriberId, cancellationToken);
        if (subscriber is null)
        {
            return null;
        }
        var rows = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.SubscriberId == subscriberId)
            .OrderBy(r => r.Id)
            .Select(r => new ConsentHistoryRow(
                r.Id, r.RecordedAt, r.Action, r.Method, r.PrivacyPolicyVersionId, r.TermsVersionId, r.WordingSha256,
                db.ConsentWordings.Where(w => w.Sha256 == r.WordingSha256).Select(w => w.Text).FirstOrDefault(),
                r.Source, r.Details,
                r.Evidence == null ? null : r.Evidence.IpAddress,
                r.Evidence == null ? null : r.Evidence.UserAgent))
            .ToListAsync(cancellationToken);
        return (subscriber, rows);
    }
}
