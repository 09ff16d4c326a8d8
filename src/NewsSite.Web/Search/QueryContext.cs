using System.Data.Common;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

/// <summary>What the database knows about a query's words before the search runs.</summary>
/// <param name="Authors">The authors whose names hold every word searched for.</param>
/// <param name="WordCounts">The query's words (and their other spellings) found in the lexicon, with about how many articles hold each.</param>
/// <param name="LexiconReady">False until the lexicon has read some of the archive: no word can be judged unknown before.</param>
/// <param name="Lexemes">The stemmed forms of the words searched for (and their other spellings), which the excerpts mark.</param>
/// <param name="PrefixCount">About how many articles hold a word that begins with the last word typed (a sum, so an upper bound).</param>
/// <param name="ArchiveSize">About how many articles there are, from PostgreSQL's statistics.</param>
public sealed record QueryContext(
    IReadOnlyList<(int Id, SearchAuthor Author)> Authors, IReadOnlyDictionary<string, int> WordCounts, bool LexiconReady, string[] Lexemes,
    long PrefixCount = 0, long ArchiveSize = 0)
{
    /// <summary>A query whose rarest word is in fewer than this share of articles is answered from the full-text index alone.</summary>
    private const double RareShare = 0.02;

    /// <summary>Author names are matched word by word (\m and \M are PostgreSQL's word boundaries); the words are letters and digits only.</summary>
    private const string Sql = """
        WITH named AS (SELECT id, name, slug FROM authors WHERE cardinality($1::text[]) > 0 AND name ~* ALL($1))
        SELECT (SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM named),
               (SELECT coalesce(array_agg(name ORDER BY id), '{}') FROM named),
               (SELECT coalesce(array_agg(slug ORDER BY id), '{}') FROM named),
               (SELECT coalesce(array_agg(word ORDER BY word), '{}') FROM search_words WHERE word = ANY($2)),
               (SELECT coalesce(array_agg(articles ORDER BY word), '{}') FROM search_words WHERE word = ANY($2)),
               EXISTS (SELECT 1 FROM search_words),
               tsvector_to_array(to_tsvector('english', $3)),
               (SELECT coalesce(sum(articles), 0) FROM search_words WHERE $4 <> '' AND word LIKE $4 || '%'),
               (SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'articles'::regclass)
        """;

    public static Task<QueryContext> ReadAsync(NewsDbContext db, SearchTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var words = terms.PositiveWords.Select(w => w.ToLowerInvariant()).Distinct().ToArray();
        var withOtherSpellings = words.Concat(words.Select(SpellingVariants.Of).OfType<string>()).Distinct().ToArray();
        var highlighted = string.Join(' ', withOtherSpellings);
        string[] authorPatterns = [.. words.Select(w => $@"\m{w}\M")];
        var prefix = terms.PrefixCandidate?.ToLowerInvariant() ?? "";
        return RawSqlQuery.ReadAsync(db, Sql, [authorPatterns, withOtherSpellings, highlighted, prefix], ReadAsync, cancellationToken);
    }

    private static async Task<QueryContext> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var (ids, names, slugs) = (reader.GetFieldValue<int[]>(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<string[]>(2));
        var known = reader.GetFieldValue<string[]>(3);
        var counts = reader.GetFieldValue<int[]>(4);
        return new QueryContext(
            [.. ids.Select((id, i) => (id, new SearchAuthor(names[i], slugs[i])))],
            known.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
            reader.GetBoolean(5),
            reader.GetFieldValue<string[]>(6),
            reader.GetInt64(7),
            reader.GetInt64(8));
    }

    /// <summary>
    /// Whether some word that every match must hold is rare: then the full-text index finds every
    /// match at once, where walking the archive newest first would pass over nearly all of it.
    /// PostgreSQL's own estimate cannot tell: for a word outside its list of common ones it guesses
    /// about one article in a hundred, as much for a misspelling found nowhere as for a surname.
    /// </summary>
    public bool IsRare(SearchTerms terms, bool lastWordIsPrefix)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!LexiconReady || ArchiveSize == 0 || !terms.AllRequired)
        {
            return false;
        }
        var fewest = terms.PositiveWords.Select(w => w.ToLowerInvariant()).Distinct().Min(word =>
        {
            var count = (long)WordCounts.GetValueOrDefault(word) + (SpellingVariants.Of(word) is { } other ? WordCounts.GetValueOrDefault(other.ToLowerInvariant()) : 0);
            return lastWordIsPrefix && word == terms.PrefixCandidate?.ToLowerInvariant() ? Math.Max(count, PrefixCount) : count;
        });
        return fewest < RareShare * ArchiveSize;
    }

    /// <summary>Whether <paramref name="word"/> is one the archive holds as a whole word.</summary>
    public bool IsKnownWord(string word) => WordCounts.ContainsKey(word.ToLowerInvariant());
}
