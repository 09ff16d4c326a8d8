using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Search;

namespace NewsSite.Web.Pages;

/// <summary>Search results; the output cache keeps one copy per query string.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public class SearchModel(ArticleSearch search, TimeProvider time) : PageModel
{
    /// <summary>The query as searched: cleaned and shortened, and what the page echoes back.</summary>
    public string Query { get; private set; } = "";

    /// <summary>Null until the reader has typed something to search for.</summary>
    public SearchResults? Results { get; private set; }

    /// <remarks>
    /// <c>page</c> is named explicitly because Razor Pages keeps a route value of that name (the
    /// page's own path); it only numbers the page, the cursor in <c>after</c> or <c>before</c>
    /// says where it starts. A cursor that does not parse gives the first page. <c>exact</c> turns
    /// off the corrected spelling that a query finding nothing would otherwise get.
    /// </remarks>
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int pageNumber, string? after, string? before, bool exact, CancellationToken cancellationToken)
    {
        Query = SearchQuery.Clean(q);
        if (Query.Length > 0)
        {
            Results = await search.SearchAsync(Query, pageNumber, SearchCursor.Parse(after), SearchCursor.Parse(before), correct: !exact, time.GetUtcNow(), cancellationToken);
        }
    }
}
