using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// Every version of the Privacy Policy and the Terms of Use, by site page version id: a few dozen
/// rows at most, so the admin pages read them once (<see cref="PolicyVersionsQuery"/>) and name
/// the versions the ledger points at.
/// </summary>
public sealed class PolicyVersions(IReadOnlyDictionary<int, PolicyVersion> byId)
{
    public PolicyVersion? this[int? id] => id is { } key ? byId.GetValueOrDefault(key) : null;

    /// <summary>The Privacy Policy's versions, newest first.</summary>
    public IReadOnlyList<PolicyVersion> PrivacyPolicy =>
        byId.Values.Where(v => v.Slug == ConsentNotice.PrivacyPolicySlug).OrderByDescending(v => v.Number).ToList();
}
