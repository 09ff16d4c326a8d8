using System.Globalization;
using System.Text;

namespace NewsSite.Web.Search;

/// <summary>
/// The SQL that reads one page of matches in the order readers get them: tier by tier (the named
/// author's articles, then headline matches, then the rest), newest first within a tier. Each tier
/// is its own branch, so PostgreSQL plans each for what it is: a word in most articles is found by
/// walking the newest articles until enough match, a rare one through the full-text index; either
/// way a branch stops after one page. A page continues from a cursor, not from an offset, so later
/// pages cost no more than the first.
/// </summary>
/// <remarks>Parameters: $1 the time now, $2 the <c>to_tsquery</c> text, $3 the named authors' ids, $4 rows wanted, $5 and $6 the cursor's time and id.</remarks>
public static class TieredMatches
{
    private const string Published = "status = 'Published' AND published_at <= $1";
    private const string TitleMatches = "to_tsvector('english', title) @@ to_tsquery('english', $2)";
    private const string TextMatches = "search_vector @@ to_tsquery('english', $2)";

    /// <summary>The statement for the page after (or, <paramref name="backwards"/>, before) <paramref name="cursor"/>.</summary>
    public static string Sql(bool withAuthors, SearchCursor? cursor, bool backwards)
    {
        var tiers = Enum.GetValues<MatchTier>()
            .Where(t => withAuthors || t != MatchTier.Author)
            .Where(t => cursor is null || (backwards ? t <= cursor.Tier : t >= cursor.Tier));
        var (direction, comparison) = backwards ? ("ASC", ">") : ("DESC", "<");
        var branches = tiers.Select(tier =>
        {
            var where = new StringBuilder(Published).Append(" AND ").Append(Condition(tier, withAuthors));
            if (cursor is not null && tier == cursor.Tier)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND (published_at, id) {comparison} ($5, $6)");
            }
            return $"(SELECT {(int)tier} AS tier, id, published_at FROM articles WHERE {where} ORDER BY published_at {direction}, id {direction} LIMIT $4)";
        });
        return $"""
            SELECT m.tier, a.id, a.title, a.slug, s.slug, s.name, a.published_at, a.summary, left(a.body_html, {SnippetSourceLength})
            FROM ({string.Join("\nUNION ALL\n", branches)}) m
            JOIN articles a ON a.id = m.id
            JOIN sections s ON s.id = a.section_id
            ORDER BY m.tier {(backwards ? "DESC" : "ASC")}, m.published_at {direction}, m.id {direction}
            LIMIT $4
            """;
    }

    /// <summary>Enough of the body for the excerpt: the words searched for are nearly always in its first part.</summary>
    public const int SnippetSourceLength = 8000;

    /// <summary>How many articles match at all, the named author's included, for counting.</summary>
    public static string MatchingSql(bool withAuthors) =>
        $"SELECT 1 FROM articles WHERE {Published} AND ({TextMatches}{(withAuthors ? " OR author_id = ANY($3)" : "")})";

    private static string Condition(MatchTier tier, bool withAuthors)
    {
        var notByAuthor = withAuthors ? " AND author_id <> ALL($3)" : "";
        return tier switch
        {
            MatchTier.Author => "author_id = ANY($3)",
            // The whole article must match too: "gannet -trawler" leaves out a gannet headline over a trawler story.
            MatchTier.Title => $"{TextMatches} AND {TitleMatches}{notByAuthor}",
            _ => $"{TextMatches} AND NOT ({TitleMatches}){notByAuthor}",
        };
    }
}
