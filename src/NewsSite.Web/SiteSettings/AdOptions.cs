namespace NewsSite.Web.SiteSettings;

/// <summary>
/// Configuration section <c>Ads</c>. Which ad servers may be embedded is an operator's decision,
/// made in configuration rather than in the admin area, because it widens the site's
/// Content-Security-Policy (<c>frame-src</c>).
/// </summary>
public sealed class AdOptions
{
    public const string SectionName = "Ads";

    /// <summary>Origins such as <c>https://ads.example</c>.</summary>
    public List<string> TrustedEmbedOrigins { get; set; } = [];

    public bool IsTrustedEmbed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && TrustedEmbedOrigins.Any(origin => string.Equals(origin.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
}
