namespace NewsSite.Web.Infrastructure.Seo;

/// <summary>
/// What a page tells search engines and social networks about itself. Pages fill one in; the
/// layout writes the title, description, canonical link, OpenGraph and Twitter tags and JSON-LD.
/// </summary>
public sealed class PageMetadata
{
    public const string ViewDataKey = "PageMetadata";

    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The page's one true path; query strings other readers might add are not part of it.</summary>
    public required string CanonicalPath { get; init; }

    /// <summary>OpenGraph type: <c>website</c>, or <c>article</c> for articles.</summary>
    public string OpenGraphType { get; init; } = "website";

    public SocialImage? Image { get; init; }

    /// <summary>For example <c>noindex</c> on search results.</summary>
    public string? Robots { get; init; }

    /// <summary>An RSS feed for this page's listing, advertised to feed readers.</summary>
    public string? FeedPath { get; init; }

    public DateTimeOffset? PublishedTime { get; init; }
    public DateTimeOffset? ModifiedTime { get; init; }

    /// <summary>Structured data (schema.org objects) beyond the Organization every page carries.</summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];
}

public sealed record SocialImage(string Path, int Width, int Height, string AltText);
