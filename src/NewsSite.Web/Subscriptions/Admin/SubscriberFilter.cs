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

    /// <summary>The trigram index finds nothing shorter, and one or two letters match half the list anyway.</summary>
    public const int MinSearchLength = 3;

    /// <summary>The address search, in lower case as addresses are stored; null when there is none or it is too short to search by.</summary>
    public string? SearchTerm
    {
        get
        {
            var term = Search.Trim().ToLowerInvariant();
            term = term.Length > MaxSearchLength ? term[..MaxSearchLength] : term;
            return term.Length >= MinSearchLength ? term : null;
        }
    }

    /// <summary>A search typed but too short to run.</summary>
    public bool SearchTooShort => Search.Trim().Length is > 0 and < MinSearchLength;

    public bool IsEmpty => SearchTerm is null && Status is null && Frequency is null && SectionId is null && PrivacyVersionId is null;

    /// <summary>
    /// Applies the filter. The address search is a substring match that the trigram index on
    /// <c>subscribers.email</c> answers. Its pattern goes into the SQL as a literal, not a parameter:
    /// the site's connections plan parameterised statements once for any value, and a plan made
    /// without knowing the pattern walks the whole list for a rare one.
    /// </summary>
    public IQueryable<SubscriberWithConsent> Apply(NewsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var subscribers = db.Subscribers.AsNoTracking();
        if (SearchTerm is { } term)
        {
            var pattern = "%" + LikeLiteral(term) + "%";
            subscribers = subscribers.Where(s => EF.Functions.Like(s.Email!, EF.Constant(pattern), @"\"));
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
        if (PrivacyVersionId is { } named and not NoRecordedVersion)
        {
            // Only those with a ledger row naming the version can have it as their latest: for an old
            // version few still hold, PostgreSQL starts from its ledger rows instead of every subscriber.
            // A literal again, so that the planner knows how many rows name it.
            var version = (int?)named;
            subscribers = subscribers.Where(s => db.ConsentRecords.Any(r => r.SubscriberId == s.Id && r.PrivacyPolicyVersionId == EF.Constant(version)));
        }
        var withConsent = subscribers.WithLatestConsent(db);
        return PrivacyVersionId switch
        {
            null => withConsent,
            NoRecordedVersion => withConsent.Where(s => s.PrivacyPolicyVersionId == null),
            var versionId => withConsent.Where(s => s.PrivacyPolicyVersionId == versionId),
        };
    }

    /// <summary>The term with LIKE's wildcards and escape character taken literally.</summary>
    private static string LikeLiteral(string term) =>
        term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>The filter in words for the audit log; the search term is left out, as it may be part of someone's address.</summary>
    public string Describe()
    {
        string?[] parts =
        [
            SearchTerm is not null ? "address search" : null,
            Status is { } status ? $"status {status}" : null,
            Frequency is { } frequency ? $"frequency {frequency}" : null,
            SectionId is { } section ? $"section id {section}" : null,
            PrivacyVersionId is { } version ? (version == NoRecordedVersion ? "no recorded policy version" : $"privacy policy version id {version}") : null,
        ];
        var named = parts.OfType<string>().ToList();
        return named.Count == 0 ? "all subscribers" : string.Join(", ", named);
    }
}
