
namespace NewsSite.Web.Slugs;

/// <summary>
/// A display name and the address made from it, as editors type them for a tag, an author or a
/// standing page: trimmed, the slug made from the name when left empty, and checked the same way
/// everywhere so every page gives the same messages.
/// </summary>
public sealed record NameAndSlug(string Name, string Slug)
{
    public static NameAndSlug From(string? name, string? typedSlug, int maxSlugLength)
    {
        var cleanName = (name ?? "").Trim();
        var slug = Slugs.Slug.From((typedSlug ?? "").Trim() is { Length: > 0 } typed ? typed : cleanName);
        return new NameAndSlug(cleanName, slug.Length > maxSlugLength ? slug[..maxSlugLength].TrimEnd('-') : slug);
    }

    /// <summary>
    /// What is wrong with the name and address, in the words an editor reads. <paramref name="what"/>
    /// names the thing ("tag"); <paramref name="slugTaken"/> asks whether another one has the slug.
    /// </summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(
        string what, int maxNameLength, Func<string, CancellationToken, Task<bool>> slugTaken, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (Name.Length == 0 || Name.Length > maxNameLength)
        {
            problems.Add($"{(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "An" : "A")} {what} needs a name of 1 to {maxNameLength} characters.");
        }
        if (await SlugProblemAsync(what, slugTaken, cancellationToken) is { } slugProblem)
        {
            problems.Add(slugProblem);
        }
        return problems;
    }

    /// <summary>What is wrong with the address alone, or null when it can be used.</summary>
    public async Task<string?> SlugProblemAsync(string what, Func<string, CancellationToken, Task<bool>> slugTaken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugTaken);
        if (Slug.Length == 0)
        {
            return "The address needs at least one letter or digit.";
        }
        return await slugTaken(Slug, cancellationToken) ? $"Another {what} already has the address “{Slug}”." : null;
    }
}
