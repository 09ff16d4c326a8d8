using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Articles;

/// <summary>One page of a section's, tag's or author's articles.</summary>
public sealed record Listing(
    SlugKind Kind,
    string Name,
    string Description,
    string Path,
    string? ImagePath,
    IReadOnlyList<ArticleCard> Cards,
    int PageNumber,
    int TotalPages,
    int TotalCount)
{
    public const int PageSize = 20;

    public string PageTitle => PageNumber > 1 ? $"{Heading} – page {PageNumber}" : Heading;

    public string Heading => Kind switch
    {
        SlugKind.Tag => $"Tagged “{Name}”",
        _ => Name,
    };

    public string CanonicalPath => PublicUrls.Page(Path, PageNumber);

    public string? PreviousPath => PageNumber > 1 ? PublicUrls.Page(Path, PageNumber - 1) : null;

    public string? NextPath => PageNumber < TotalPages ? PublicUrls.Page(Path, PageNumber + 1) : null;
}

/// <summary>What looking up a listing found: the listing, a permanent redirect from an old slug, or nothing.</summary>
public sealed record ListingLookup(Listing? Listing, string? RedirectTo)
{
    public static ListingLookup NotFound { get; } = new(null, null);
}
