using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Search;

namespace NewsSite.Web.Pages;

/// <summary>Search results; the output cache keeps one copy per query string.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public class SearchModel(NewsDbContext db, TimeProvider time) : PageModel
{
    /// <summary>The query as searched: cleaned and shortened, and what the page echoes back.</summary>
    public string Query { get; private set; } = "";

    /// <summary>Null until the reader has typed something to search for.</summary>
    public SearchResults? Results { get; private set; }

    /// <remarks>
    /// <c>page</c> is named explicitly because Razor Pages keeps a route value of that name (the
    /// page's own path); a number that does not parse arrives as 0 and is moved to page 1.
    /// </remarks>
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        Query = SearchQuery.Clean(q);
        if (Query.Length > 0)
        {
            Results = await db.SearchAsync(Query, pageNumber, time.GetUtcNow(), cancellationToken);
        }
    }
}
