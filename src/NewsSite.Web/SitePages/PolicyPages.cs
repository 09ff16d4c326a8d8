namespace NewsSite.Web.SitePages;

/// <summary>
/// The standing pages a reader agrees to when subscribing. Consent records point at their versions
/// and the footer and subscribe form at their addresses, so these pages can be given new versions
/// but never be deleted or moved to another address.
/// </summary>
public static class PolicyPages
{
    public const string PrivacyPolicy = "privacy-policy";
    public const string TermsOfUse = "terms-of-use";

    public static bool Contains(string slug) => slug is PrivacyPolicy or TermsOfUse;
}
