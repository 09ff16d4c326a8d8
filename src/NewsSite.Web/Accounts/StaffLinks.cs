using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Accounts;

/// <summary>Absolute links for account emails, which carry reset and invitation tokens (see <see cref="SecretLinks"/>).</summary>
public sealed class StaffLinks(SecretLinks links)
{
    public const string ResetPasswordPath = "/admin/reset-password";
    public const string AcceptInvitationPath = "/admin/accept-invitation";

    /// <summary>The link, or null when the site's public address is not configured in production.</summary>
    public string? To(string path, string email, string token) =>
        links.To($"{path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
}
