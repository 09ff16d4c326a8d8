using System.Text.RegularExpressions;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

/// <summary>
/// "Did you mean election?": for each word of a query that the archive holds rarely or not at
/// all, the known word most like it by trigram similarity (<c>pg_trgm</c>) that many more
/// articles hold. The lexicon's counts only pick the candidate; the search that follows decides
/// whether any published article still has it.
/// </summary>
public static class SpellingSuggestions
{
    /// <summary>A word in fewer articles than this is worth a second look.</summary>
    private const int RareBelow = 3;

    /// <summary>A suggestion must be in this many times more articles than the word typed.</summary>
    private const int MoreCommonBy = 10;

    private const string Sql = """
        SELECT word FROM search_words
        WHERE word % $1 AND articles >= $2
        ORDER BY similarity(word, $1) DESC, articles DESC, word
        LIMIT 1
        """;

    /// <returns>The query with its rare words replaced, or null when no word has a better-known neighbour.</returns>
    public static async Task<string?> SuggestAsync(NewsDbContext db, string query, SearchTerms terms, QueryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(context);
        var suggested = query;
        var changed = false;
        foreach (var word in terms.PositiveWords.Select(w => w.ToLowerInvariant()).Distinct())
        {
            var count = context.WordCounts.GetValueOrDefault(word);
            if (count >= RareBelow || word.Length < 3 || SpellingVariants.Of(word) is { } other && context.IsKnownWord(other))
            {
                continue;
            }
            var better = await RawSqlQuery.ReadAsync(db, Sql, [word, Math.Max(RareBelow, count * MoreCommonBy)], async (reader, token) =>
                await reader.ReadAsync(token) ? reader.GetString(0) : null, cancellationToken);
            if (better is not null && better != word)
            {
                suggested = Regex.Replace(suggested, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", better,
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                changed = true;
            }
        }
        return changed ? suggested : null;
    }
}
