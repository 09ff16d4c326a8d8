using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// Every version of the Privacy Policy and the Terms of Use, by site page version id: a few dozen
/// rows at most, so the admin pages read them once and name the versions the ledger points at.
/// </summary>
public sealed class PolicyVersions(IReadOnlyDictionary<int, PolicyVersion> byId)
{
    public PolicyVersion? this[int? id] => id is { } key ? byId.GetValueOrDefault(key) : null;

    /// <summary>The Privacy Policy's versions, newest first.</summary>
    public IReadOnlyList<PolicyVersion> PrivacyPolicy =>
        byId.Values.Where(v => v.Slug == ConsentNotice.PrivacyPolicySlug).OrderByDescending(v => v.Number).ToList();

    public static async Task<PolicyVersions> LoadAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == ConsentNotice.PrivacyPolicySlug || v.SitePage.Slug == ConsentNotice.TermsSlug)
            .Select(v => new PolicyVersion(v.Id, v.SitePage!.Slug, v.Version, v.EffectiveFrom))
            .ToListAsync(cancellationToken);
        return new PolicyVersions(versions.ToDictionary(v => v.Id));
    }
}
