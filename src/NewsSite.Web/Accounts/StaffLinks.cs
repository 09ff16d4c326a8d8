using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Accounts;

/// <summary>
/// Absolute links for account emails. They carry secrets (reset and invitation tokens), so in
/// production they are built only from the configured <c>Site:PublicBaseUrl</c>: taking the
/// address from the request would let a forged Host header send a token to someone else's site.
/// </summary>
public sealed class StaffLinks(IOptions<SiteOptions> site, PublicAddress address, IHostEnvironment environment)
{
    public const string ResetPasswordPath = "/admin/reset-password";
    public const string AcceptInvitationPath = "/admin/accept-invitation";

    /// <summary>The link, or null when the site's public address is not configured in production.</summary>
    public string? To(string path, string email, string token)
    {
        var configured = !string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl);
        if (!configured && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            return null;
        }
        return $"{address.BaseUrl}{path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
    }
}
