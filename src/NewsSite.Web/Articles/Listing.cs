using System.Globalization;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>
/// One page of a section's, tag's or author's articles: the newest, or those published before
/// <see cref="Before"/>. Pages link to older and newer ones by cursor, never by page number.
/// </summary>
public sealed record Listing(
    SlugKind Kind,
    string Name,
    string Description,
    string Path,
    string? ImagePath,
    IReadOnlyList<ArticleCard> Cards,
    KeysetCursor? Before,
    KeysetPageLinks Links)
{
    public const int PageSize = 20;

    public string PageTitle => Before is null || Cards.Count == 0
        ? Heading
        : $"{Heading} – from {Cards[0].PublishedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    public string Heading => Kind switch
    {
        SlugKind.Tag => $"Tagged “{Name}”",
        _ => Name,
    };

    public string CanonicalPath => PublicUrls.Before(Path, Before);

    public string? NewerPath => Links.HasNewer ? PublicUrls.Before(Path, Links.NewerBefore) : null;

    public string? OlderPath => Links.OlderBefore is { } older ? PublicUrls.Before(Path, older) : null;
}

/// <summary>What looking up a listing found: the listing, a permanent redirect from an old slug, or nothing.</summary>
public sealed record ListingLookup(Listing? Listing, string? RedirectTo)
{
    public static ListingLookup NotFound { get; } = new(null, null);
}
