namespace NewsSite.Web.Taxonomy;

/// <summary>
/// The tags an editor types as one comma-separated field. Two names that make the same address
/// (“Harbour”, “harbour!”) are one tag, so each is known by its slug.
/// </summary>
public static class TagList
{
    public const int MaxTags = 20;

    /// <summary>Shorter than the columns (80), so that a name and the slug made from it always fit.</summary>
    public const int MaxNameLength = 60;

    /// <summary>The names in the order typed, trimmed, with blanks and repeats (same slug) dropped; the first spelling wins.</summary>
    public static IReadOnlyList<TagName> Parse(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => new TagName(name, Slugs.Slug.From(name)))
            .DistinctBy(tag => tag.Slug.Length > 0 ? tag.Slug : tag.Name)
            .ToList();

    /// <summary>The field as the form shows it.</summary>
    public static string Format(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>Why the typed tags cannot be saved, one sentence each; empty when they can.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<TagName> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count > MaxTags)
        {
            yield return $"An article can have at most {MaxTags} tags; this one has {tags.Count}.";
        }
        foreach (var tag in tags)
        {
            if (tag.Name.Length > MaxNameLength)
            {
                yield return $"The tag “{tag.Name}” is too long: a tag can be at most {MaxNameLength} characters.";
            }
            else if (tag.Slug.Length == 0)
            {
                yield return $"The tag “{tag.Name}” needs at least one letter or digit (A–Z, 0–9) to make its address from.";
            }
        }
    }
}

/// <summary>A tag as typed, and the slug that identifies it.</summary>
public sealed record TagName(string Name, string Slug);
