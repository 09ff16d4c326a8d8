using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions;

/// <summary>Everything NewsSite holds about one subscriber, as the JSON file the privacy centre hands them.</summary>
public sealed class SubscriberDataExport(NewsDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> ExportAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var sections = await db.Sections.AsNoTracking().Where(s => subscriber.SectionIds.Contains(s.Id)).Select(s => s.Name).ToListAsync(cancellationToken);
        var consent = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.SubscriberId == subscriber.Id)
            .OrderBy(r => r.Id)
            .Select(r => new
            {
                r.RecordedAt,
                Action = r.Action.ToString(),
                Method = r.Method.ToString(),
                PrivacyPolicyVersion = db.SitePageVersions.Where(v => v.Id == r.PrivacyPolicyVersionId).Select(v => (int?)v.Version).FirstOrDefault(),
                TermsOfUseVersion = db.SitePageVersions.Where(v => v.Id == r.TermsVersionId).Select(v => (int?)v.Version).FirstOrDefault(),
                r.WordingSha256,
                Wording = db.ConsentWordings.Where(w => w.Sha256 == r.WordingSha256).Select(w => w.Text).FirstOrDefault(),
                r.Source,
                r.Details,
                IpAddress = r.Evidence == null ? null : r.Evidence.IpAddress,
                UserAgent = r.Evidence == null ? null : r.Evidence.UserAgent,
            })
            .ToListAsync(cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ToAddress == subscriber.Email)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Subject, QueuedAt = m.CreatedAt, m.SentAt })
            .ToListAsync(cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            subscriber.Email,
            Status = subscriber.Status.ToString(),
            Frequency = subscriber.Frequency.ToString(),
            Sections = sections.Count == 0 ? ["All sections"] : sections,
            subscriber.Source,
            SubscribedAt = subscriber.CreatedAt,
            subscriber.ConfirmedAt,
            subscriber.UnsubscribedAt,
            ConsentHistory = consent,
            Emails = emails,
        }, Json);
    }
}
