using Microsoft.Extensions.Options;

namespace NewsSite.Web.Infrastructure;

/// <summary>
/// Absolute links that carry secrets (password resets, invitations, subscribers' links). In
/// production they are built only from the configured <c>Site:PublicBaseUrl</c>: taking the
/// address from the request would let a forged Host header send a secret to someone else's site.
/// </summary>
public sealed class SecretLinks(IOptions<SiteOptions> site, PublicAddress address, IHostEnvironment environment)
{
    /// <summary>The absolute link to <paramref name="path"/>, or null when the site's public address is not configured in production.</summary>
    public string? To(string path)
    {
        var configured = !string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl);
        if (!configured && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            return null;
        }
        return address.Absolute(path);
    }
}
