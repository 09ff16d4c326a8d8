using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NpgsqlTypes;

namespace NewsSite.Web.Search;

/// <summary>
/// Full-text search over published articles, in PostgreSQL: <c>websearch_to_tsquery</c> (so quoted
/// phrases, <c>or</c> and <c>-word</c> work as on any search engine) matched against the stored,
/// GIN-indexed <c>search_vector</c>, ranked by <c>ts_rank_cd</c>, newest first among equals.
/// </summary>
public static class ArticleSearch
{
    public const int PageSize = 10;

    /// <summary>
    /// Ranking reads every candidate's whole stored vector, so a word found in most articles would
    /// cost PostgreSQL tens of milliseconds per search on a large archive. Only the newest this many
    /// matches are ranked and shown (a hundred pages); finding and counting all matches stays cheap,
    /// as the index answers it.
    /// </summary>
    public const int RankedMatches = 1000;

    private const string Language = "english";

    /// <summary>
    /// Page <paramref name="page"/> of the matches for <paramref name="terms"/> (already cleaned by
    /// <see cref="SearchQuery.Clean"/>); a page outside the results is moved to the nearest one.
    /// </summary>
    public static async Task<SearchResults> SearchAsync(this NewsDbContext db, string terms, int page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var matches = db.Articles.AsNoTracking().Published(now)
            .Where(a => EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery(Language, terms)));

        var total = await matches.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (Math.Min(total, RankedMatches) + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        if (total == 0)
        {
            return new SearchResults(terms, 0, page, pageCount, []);
        }

        // Only the candidates' ids are sorted by date, so the wide rows are read for the page alone.
        var candidates = matches.NewestFirst().Take(RankedMatches).Select(a => a.Id);
        var rows = await db.Articles.AsNoTracking().Where(a => candidates.Contains(a.Id))
            .OrderByDescending(a => EF.Property<NpgsqlTsVector>(a, "SearchVector").RankCoverDensity(EF.Functions.WebSearchToTsQuery(Language, terms)))
            .ThenByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new
            {
                a.Title,
                a.Slug,
                SectionSlug = a.Section!.Slug,
                SectionName = a.Section.Name,
                PublishedAt = a.PublishedAt!.Value,
                // The excerpt comes from the rendered HTML, which ts_headline reads as HTML: tags
                // are dropped and entities kept, so Markdown syntax never shows. The plain-text
                // summary is encoded to match. PostgreSQL runs this costly call only for the page's rows.
                Headline = EF.Functions.WebSearchToTsQuery(Language, terms).GetResultHeadline(
                    Language,
                    a.Summary.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + " " + a.BodyHtml,
                    SearchSnippet.HeadlineOptions),
            })
            .ToListAsync(cancellationToken);

        var hits = rows.Select(r => new SearchHit(r.Title, r.Slug, r.SectionSlug, r.SectionName, r.PublishedAt, SearchSnippet.ToHtml(r.Headline))).ToList();
        return new SearchResults(terms, total, page, pageCount, hits);
    }
}
