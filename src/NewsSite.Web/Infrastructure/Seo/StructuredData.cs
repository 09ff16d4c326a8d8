using System.Text.Json;

namespace NewsSite.Web.Infrastructure.Seo;

/// <summary>
/// schema.org objects as JSON-LD. The serializer's default encoder escapes <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c>, so text from articles can never close the surrounding script element.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, Json);

    public static object Organization(string name, string url, IEnumerable<string> profiles) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsMediaOrganization",
        ["name"] = name,
        ["url"] = url,
        ["sameAs"] = profiles.ToArray() is { Length: > 0 } links ? links : null,
    };

    public static object Breadcrumbs(IEnumerable<(string Name, string Url)> trail) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = trail.Select((crumb, index) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = crumb.Name,
            ["item"] = crumb.Url,
        }).ToArray(),
    };

    public static object NewsArticle(NewsArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = facts.Headline,
            ["description"] = facts.Description,
            ["url"] = facts.Url,
            ["mainEntityOfPage"] = facts.Url,
            ["image"] = facts.ImageUrl is null ? null : new[] { facts.ImageUrl },
            ["datePublished"] = facts.Published.ToString("O"),
            ["dateModified"] = facts.Modified.ToString("O"),
            ["articleSection"] = facts.Section,
            ["keywords"] = facts.Keywords.Count > 0 ? string.Join(", ", facts.Keywords) : null,
            ["wordCount"] = facts.WordCount,
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = facts.AuthorName, ["url"] = facts.AuthorUrl },
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "NewsMediaOrganization", ["name"] = facts.PublisherName, ["url"] = facts.PublisherUrl },
        };
    }
}

public sealed record NewsArticleFacts(
    string Headline, string Description, string Url, string? ImageUrl, DateTimeOffset Published, DateTimeOffset Modified,
    string Section, IReadOnlyList<string> Keywords, int WordCount, string AuthorName, string AuthorUrl, string PublisherName, string PublisherUrl);
