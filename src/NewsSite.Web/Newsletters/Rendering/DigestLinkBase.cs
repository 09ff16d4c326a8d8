using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// The address every absolute link in a digest starts with. Digests are made by background
/// senders, with no request to take the address from (so <see cref="PublicAddress"/> cannot
/// help), and their links carry subscribers' secrets, so outside Development and Testing only the
/// configured <c>Site:PublicBaseUrl</c> will do, as for <see cref="SecretLinks"/>.
/// </summary>
public sealed class DigestLinkBase(IOptions<SiteOptions> site, IHostEnvironment environment, IServer server)
{
    private const string LocalFallback = "http://localhost";

    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl))
            {
                return site.Value.PublicBaseUrl.TrimEnd('/');
            }
            if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
            {
                // A developer opens the links on the machine that runs the site: the first address it
                // listens on, or the in-process test server's own address, which has none of its own.
                return LocalAddress() ?? LocalFallback;
            }
            throw new InvalidOperationException("Set Site:PublicBaseUrl: digests need the site's public address for their links.");
        }
    }

    private string? LocalAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return null;
        }
        var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
