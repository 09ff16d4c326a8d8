namespace NewsSite.Web.Slugs;

/// <summary>
/// How many articles are filed under a section or tag, or carry an author's byline. The
/// catalogue editors (sections, tags, authors) ask before deleting and show it in their lists;
/// the Articles feature, which depends on the catalogue and not the other way round, answers.
/// </summary>
public interface IArticleUsage
{
    /// <summary>The number of articles using each of <paramref name="ids"/> (sections, tags or authors); ids no article uses are left out.</summary>
    Task<IReadOnlyDictionary<int, int>> CountAsync(SlugKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);
}

public static class ArticleUsageExtensions
{
    public static async Task<int> CountOneAsync(this IArticleUsage usage, SlugKind kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var counts = await usage.CountAsync(kind, [id], cancellationToken);
        return counts.GetValueOrDefault(id);
    }
}
