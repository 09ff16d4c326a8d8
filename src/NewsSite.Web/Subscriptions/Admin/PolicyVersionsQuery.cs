using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>Reads every version of the Privacy Policy and the Terms of Use, for the subscribers pages and export to name them.</summary>
public sealed class PolicyVersionsQuery(NewsDbContext db)
{
    public async Task<PolicyVersions> LoadAsync(CancellationToken cancellationToken)
    {
        var versions = await db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == ConsentNotice.PrivacyPolicySlug || v.SitePage.Slug == ConsentNotice.TermsSlug)
            .Select(v => new PolicyVersion(v.Id, v.SitePage!.Slug, v.Version, v.EffectiveFrom))
            .ToListAsync(cancellationToken);
        return new PolicyVersions(versions.ToDictionary(v => v.Id));
    }
}
