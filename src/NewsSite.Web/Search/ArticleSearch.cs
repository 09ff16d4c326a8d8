using System.Data.Common;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

/// <summary>
/// Full-text search over published articles, in PostgreSQL, built for an archive of a million:
/// the query as search engines read it (<see cref="SearchTerms"/>), British and American
/// spellings alike, the last word taken as a prefix while it is not yet a known word, an author's
/// name finding their articles, and a corrected spelling when a misspelt word finds nothing.
/// Results come tier by tier, newest first within each (<see cref="TieredMatches"/>), ten to a
/// page, each page read from a cursor; the count is exact up to a thousand and estimated above.
/// </summary>
public sealed class ArticleSearch(NewsDbContext db)
{
    public const int PageSize = 10;

    /// <summary>Below this many matches, a better-known spelling is worth offering.</summary>
    private const int FewMatches = 5;

    /// <param name="query">Already cleaned by <see cref="SearchQuery.Clean"/>.</param>
    /// <param name="page">The page's number as the link gave it, for numbering the results only.</param>
    /// <param name="after">Continue with the results after this one (the next page).</param>
    /// <param name="before">Or with those before it (the previous page).</param>
    /// <param name="correct">False when the reader asked for their own spelling only: a better one is then offered, not used.</param>
    /// <param name="now">Articles published after this are not found.</param>
    /// <param name="cancellationToken">Ends the search when the reader goes away.</param>
    public async Task<SearchResults> SearchAsync(
        string query, int page, SearchCursor? after, SearchCursor? before, bool correct, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (terms, context, results) = await RunAsync(query, page, after, before, now, cancellationToken);
        if (after is not null || before is not null || results.Count.Value >= FewMatches || !context.LexiconReady)
        {
            return results;
        }
        var corrected = await SpellingSuggestions.SuggestAsync(db, query, terms, context, cancellationToken);
        if (corrected is null)
        {
            return results;
        }
        if (results.Count.Value > 0 || !correct)
        {
            return results with { Suggestion = corrected };
        }
        var (_, _, correctedResults) = await RunAsync(corrected, 1, null, null, now, cancellationToken);
        return correctedResults.Count.Value > 0 ? correctedResults with { Query = query, Correction = corrected } : results;
    }

    private async Task<(SearchTerms, QueryContext, SearchResults)> RunAsync(
        string query, int page, SearchCursor? after, SearchCursor? before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.IsEmpty)
        {
            return (terms, new QueryContext([], new Dictionary<string, int>(), false, []), SearchResults.None(query));
        }
        var context = await QueryContext.ReadAsync(db, terms, cancellationToken);
        var prefix = terms.PrefixCandidate is { } last && !context.IsKnownWord(last);
        var withAuthors = context.Authors.Count > 0;
        var rare = context.IsRare(terms, prefix);
        var matches = new TieredMatches(terms.ToTsQuery(prefix), terms.HasExclusions, withAuthors, PageSize + 1, rare);
        object[] parameters = [now, context.Authors.Select(a => a.Id).ToArray()];
        var count = await MatchCount.ReadAsync(db, matches.MatchingSql(), parameters, countFirst: rare, cancellationToken);
        if (count.Value == 0)
        {
            return (terms, context, SearchResults.None(query) with { Authors = [.. context.Authors.Select(a => a.Author)] });
        }

        var cursor = after ?? before;
        var backwards = after is null && before is not null;
        object[] pageParameters = cursor is null ? parameters : [.. parameters, cursor.PublishedAt, cursor.Id];
        var rows = await RawSqlQuery.ReadAsync(db, matches.PageSql(cursor, backwards), pageParameters, ReadRowsAsync, cancellationToken);
        if (rows.Count == 0 && cursor is not null)
        {
            // A cursor past either end (an old link, or one edited by hand) shows the first page.
            return await RunAsync(query, 1, null, null, now, cancellationToken);
        }
        var more = rows.Count > PageSize;
        var shown = rows.Take(PageSize).ToList();
        if (backwards)
        {
            shown.Reverse();
        }
        var hits = shown.Select(r => new SearchHit(r.Title, r.Slug, r.SectionSlug, r.SectionName, r.PublishedAt,
            SearchSnippet.Build(r.Summary, r.BodyHtml, context.Lexemes))).ToList();
        // Going back, "more" means there is a page newer still; there is always one older (where we came from).
        var hasNewer = backwards ? more : cursor is not null;
        var hasOlder = backwards || more;
        var pageNumber = cursor is null ? 1 : Math.Max(hasNewer ? 2 : 1, page);
        return (terms, context, new SearchResults(query, count, pageNumber, hits,
            hasNewer && shown.Count > 0 ? shown[0].Cursor : null,
            hasOlder && shown.Count > 0 ? shown[^1].Cursor : null,
            [.. context.Authors.Select(a => a.Author)]));
    }

    private static async Task<List<MatchRow>> ReadRowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<MatchRow>(PageSize + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            var publishedAt = reader.GetFieldValue<DateTimeOffset>(6);
            rows.Add(new MatchRow(
                new SearchCursor((MatchTier)reader.GetInt32(0), publishedAt, reader.GetInt32(1)),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), publishedAt, reader.GetString(7), reader.GetString(8)));
        }
        return rows;
    }

    private sealed record MatchRow(SearchCursor Cursor, string Title, string Slug, string SectionSlug, string SectionName, DateTimeOffset PublishedAt, string Summary, string BodyHtml);
}
