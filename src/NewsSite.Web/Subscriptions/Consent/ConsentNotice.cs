using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Subscriptions.Consent;

/// <summary>One published version of a policy page, as the consent sentence links it.</summary>
public sealed record PolicyVersion(int Id, string Slug, int Number, DateTimeOffset EffectiveFrom)
{
    public string Url => PublicUrls.SitePageVersion(Slug, Number);
}

/// <summary>
/// The consent sentence of the subscription forms with the Privacy Policy and Terms of Use
/// versions in force. <see cref="Wording"/> is the sentence exactly as shown, links included; the
/// ledger keeps its SHA-256, so years later it can be shown which words, and which versions of
/// the documents behind them, a subscriber agreed to.
/// </summary>
public sealed record ConsentNotice(PolicyVersion PrivacyPolicy, PolicyVersion Terms)
{
    public const string PrivacyPolicySlug = SitePages.PolicyPages.PrivacyPolicy;
    public const string TermsSlug = SitePages.PolicyPages.TermsOfUse;

    /// <summary>The words before the links, as the forms show them.</summary>
    public const string Lead = "By pressing the Subscribe button, you confirm that you have read and are agreeing to our";

    public string Wording => $"{Lead} Privacy Policy <{PrivacyPolicy.Url}> and Terms of Use <{Terms.Url}>.";

    public string WordingSha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Wording)));

    public ConsentShown Shown => new(PrivacyPolicy.Id, Terms.Id, WordingSha256);

    /// <summary>Whether a form that was shown <paramref name="privacyVersion"/> and <paramref name="termsVersion"/> showed this notice.</summary>
    public bool WasShownAs(int privacyVersion, int termsVersion) => PrivacyPolicy.Number == privacyVersion && Terms.Number == termsVersion;

    /// <summary>The notice with the versions in force at <paramref name="now"/>; null while either document has no version yet.</summary>
    public static async Task<ConsentNotice?> CurrentAsync(NewsDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await db.SitePageVersions.AsNoTracking()
            .Where(v => (v.SitePage!.Slug == PrivacyPolicySlug || v.SitePage.Slug == TermsSlug) && v.EffectiveFrom <= now)
            .GroupBy(v => v.SitePage!.Slug)
            .Select(g => g.OrderByDescending(v => v.Version).Select(v => new PolicyVersion(v.Id, g.Key, v.Version, v.EffectiveFrom)).First())
            .ToListAsync(cancellationToken);
        var privacy = versions.SingleOrDefault(v => v.Slug == PrivacyPolicySlug);
        var terms = versions.SingleOrDefault(v => v.Slug == TermsSlug);
        return privacy is null || terms is null ? null : new ConsentNotice(privacy, terms);
    }
}
