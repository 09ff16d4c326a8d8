using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// What the subscribers list and its export can be narrowed to. <see cref="PrivacyVersionId"/> is
/// the Privacy Policy version (site page version id) of the latest consent, or
/// <see cref="NoRecordedVersion"/> for subscribers whose ledger names none (imports).
/// </summary>
public sealed record SubscriberFilter(
    string Search = "", SubscriberStatus? Status = null, DigestFrequency? Frequency = null, int? SectionId = null, int? PrivacyVersionId = null)
{
    public const int NoRecordedVersion = 0;
    public const int MaxSearchLength = Subscriber.EmailMaxLength;

    /// <summary>
    /// Applies the filter. The address search is a substring match, so PostgreSQL scans the table
    /// (about 10 ms per 100,000 subscribers); addresses are stored in lower case, so lowering the
    /// search term makes it case-insensitive without lower() on the column.
    /// </summary>
    public IQueryable<SubscriberWithConsent> Apply(NewsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var subscribers = db.Subscribers.AsNoTracking();
        var search = Search.Trim().ToLowerInvariant();
        if (search.Length > 0)
        {
            var term = search.Length > MaxSearchLength ? search[..MaxSearchLength] : search;
            subscribers = subscribers.Where(s => s.Email!.Contains(term));
        }
        if (Status is { } status)
        {
            subscribers = subscribers.Where(s => s.Status == status);
        }
        if (Frequency is { } frequency)
        {
            subscribers = subscribers.Where(s => s.Frequency == frequency);
        }
        if (SectionId is { } sectionId)
        {
            // No sections chosen means every section, so those subscribers get this one too.
            subscribers = subscribers.Where(s => s.SectionIds.Count == 0 || s.SectionIds.Contains(sectionId));
        }
        var withConsent = subscribers.WithLatestConsent(db);
        return PrivacyVersionId switch
        {
            null => withConsent,
            NoRecordedVersion => withConsent.Where(s => s.PrivacyPolicyVersionId == null),
            var versionId => withConsent.Where(s => s.PrivacyPolicyVersionId == versionId),
        };
    }

    /// <summary>The filter in words for the audit log; the search term is left out, as it may be part of someone's address.</summary>
    public string Describe()
    {
        string?[] parts =
        [
            Search.Trim().Length > 0 ? "address search" : null,
            Status is { } status ? $"status {status}" : null,
            Frequency is { } frequency ? $"frequency {frequency}" : null,
            SectionId is { } section ? $"section id {section}" : null,
            PrivacyVersionId is { } version ? (version == NoRecordedVersion ? "no recorded policy version" : $"privacy policy version id {version}") : null,
        ];
        var named = parts.OfType<string>().ToList();
        return named.Count == 0 ? "all subscribers" : string.Join(", ", named);
    }
}
