using System.Globalization;
using System.Text;

namespace NewsSite.Web.Search;

/// <summary>
/// The SQL that reads one page of matches in the order readers get them: tier by tier (the named
/// author's articles, then headline matches, then the rest), newest first within a tier. Each tier
/// is its own branch, so PostgreSQL plans each for what it is: a word in most articles is found by
/// walking the newest articles until enough match, a rare one through the full-text index; either
/// way a branch stops after one page. Which of the two is cheaper, the lexicon's counts say
/// (<see cref="QueryContext.IsRare"/>); PostgreSQL's own guess is left to decide only the headline tier
/// of a common word. A page continues from a cursor, not from an offset, so later
/// pages cost no more than the first.
/// </summary>
/// <remarks>
/// The query is written into the SQL as a literal, not passed as a parameter: the site's
/// connections plan parameters once for all values (<c>plan_cache_mode=force_generic_plan</c>), and
/// a search must be planned for its own words, whose frequencies span six orders of magnitude.
/// The literal is safe to inline: <see cref="SearchTerms.ToTsQuery"/> writes only letters, digits
/// and its own operators. The page's size is written in too, for the same reason: planned for an
/// unknown limit, a branch would read thousands of rows in parallel instead of walking to the
/// first few. Parameters: $1 the time now, $2 the named authors' ids, $3 and $4 the cursor's time and id.
/// </remarks>
public sealed class TieredMatches(string tsQuery, bool hasExclusions, bool withAuthors, int take, bool rare)
{
    /// <summary>Enough of the body for the excerpt: the words searched for are nearly always in its first part.</summary>
    public const int SnippetSourceLength = 8000;

    private const string Published = "status = 'Published' AND published_at <= $1";

    private string Query => $"to_tsquery('english', '{tsQuery.Replace("'", "''", StringComparison.Ordinal)}')";

    private string TitleMatches => $"to_tsvector('english', title) @@ {Query}";

    private string TextMatches => $"search_vector @@ {Query}";

    /// <summary>The statement for the page after (or, <paramref name="backwards"/>, before) <paramref name="cursor"/>.</summary>
    public string PageSql(SearchCursor? cursor, bool backwards)
    {
        var tiers = Enum.GetValues<MatchTier>()
            .Where(t => withAuthors || t != MatchTier.Author)
            .Where(t => cursor is null || (backwards ? t <= cursor.Tier : t >= cursor.Tier));
        var (direction, comparison) = backwards ? ("ASC", ">") : ("DESC", "<");
        var branches = tiers.Select(tier =>
        {
            var where = new StringBuilder(Published).Append(" AND ").Append(Condition(tier));
            if (cursor is not null && tier == cursor.Tier)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND (published_at, id) {comparison} ($3, $4)");
            }
            // For a rare word, ordering by an expression the date index cannot give makes PostgreSQL
            // collect the few matches from the full-text index and sort them, rather than walk the
            // archive from the newest article, guessing that a match is never far away.
            var order = rare && tier != MatchTier.Author ? "published_at + interval '0 seconds'" : "published_at";
            return $"(SELECT {(int)tier} AS tier, id, published_at FROM articles WHERE {where} ORDER BY {order} {direction}, id {direction} LIMIT {take})";
        });
        return $"""
            SELECT m.tier, a.id, a.title, a.slug, s.slug, s.name, a.published_at, a.summary, left(a.body_html, {SnippetSourceLength})
            FROM ({string.Join("\nUNION ALL\n", branches)}) m
            JOIN articles a ON a.id = m.id
            JOIN sections s ON s.id = a.section_id
            ORDER BY m.tier {(backwards ? "DESC" : "ASC")}, m.published_at {direction}, m.id {direction}
            LIMIT {take}
            """;
    }

    /// <summary>How many articles match at all, the named author's included, for counting.</summary>
    public string MatchingSql() =>
        $"SELECT 1 FROM articles WHERE {Published} AND ({TextMatches}{(withAuthors ? " OR author_id = ANY($2)" : "")})";

    private string Condition(MatchTier tier)
    {
        var notByAuthor = withAuthors ? " AND author_id <> ALL($2)" : "";
        return tier switch
        {
            MatchTier.Author => "author_id = ANY($2)",
            // Without exclusions, a headline that matches means the article does (the headline is
            // part of its search vector), and testing the short headline first spares reading the
            // long vector, stored apart from the row, of each article passed over. With one,
            // "gannet -trawler" must leave out a gannet headline over a trawler story.
            MatchTier.Title => (hasExclusions ? $"{TextMatches} AND {TitleMatches}" : TitleMatches) + notByAuthor,
            _ => $"{TextMatches} AND NOT ({TitleMatches}){notByAuthor}",
        };
    }
}
