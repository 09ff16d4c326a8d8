using Microsoft.AspNetCore.Html;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Search;

/// <summary>
/// One page of matches for <see cref="Query"/>, best first, with the cursors of the pages either
/// side. <see cref="Correction"/> is set when nothing matched what was typed and these are the
/// results for the corrected spelling; <see cref="Suggestion"/> when a better-known spelling
/// exists but the reader's own found something.
/// </summary>
public sealed record SearchResults(
    string Query, MatchCount Count, int Page, IReadOnlyList<SearchHit> Hits, SearchCursor? Newer, SearchCursor? Older,
    IReadOnlyList<SearchAuthor> Authors, string? Correction = null, string? Suggestion = null)
{
    public static SearchResults None(string query) => new(query, new MatchCount(0, false), 1, [], null, null, []);

    /// <summary>What was searched: the correction when there is one.</summary>
    public string SearchedFor => Correction ?? Query;

    public int FirstPosition => (Page - 1) * ArticleSearch.PageSize + 1;

    public string? NewerUrl => Newer is null ? null : PageUrl(Page - 1, "before", Newer);

    public string? OlderUrl => Older is null ? null : PageUrl(Page + 1, "after", Older);

    private string PageUrl(int page, string direction, SearchCursor cursor) =>
        page <= 1 ? PublicUrls.Search(SearchedFor) : $"{PublicUrls.Search(SearchedFor)}&page={page}&{direction}={cursor}";
}

/// <summary>A matching article, with an excerpt in which the matched words are marked.</summary>
public sealed record SearchHit(string Title, string Slug, string SectionSlug, string SectionName, DateTimeOffset PublishedAt, HtmlString Snippet)
{
    public string Url => PublicUrls.Article(SectionSlug, Slug);
}

/// <summary>An author whose name the query gave: their page is offered above the results.</summary>
public sealed record SearchAuthor(string Name, string Slug)
{
    public string Url => PublicUrls.Author(Slug);
}
