using Microsoft.Extensions.Options;

namespace NewsSite.Web.Infrastructure;

/// <summary>
/// Turns site paths into absolute URLs for canonical links, social cards, feeds and emails:
/// from <see cref="SiteOptions.PublicBaseUrl"/> when configured, else from the current request.
/// </summary>
public sealed class PublicAddress(IOptions<SiteOptions> options, IHttpContextAccessor http)
{
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }
            var request = http.HttpContext?.Request
                ?? throw new InvalidOperationException("Site:PublicBaseUrl is not set and there is no request to take the address from.");
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
