using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Seo;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Pages.Listings;

/// <summary>Section, tag and author pages differ only in what they list; this is what they share.</summary>
public abstract class ListingPageModel(ListingQuery query, PublicAddress address, TimeProvider time, SlugKind kind) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    /// <summary>
    /// The newest articles, or with <c>?before=</c> a cursor the older ones. A cursor that is not one
    /// this site wrote, or that has nothing before it, finds no page (404), so made-up addresses
    /// never fill the cache. Page numbers from before cursors lead to the first page.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (Request.Query.ContainsKey("page"))
        {
            return RedirectPermanent(Request.PathBase + Request.Path);
        }
        KeysetCursor? before = null;
        if (Request.Query.TryGetValue("before", out var cursorText) && (cursorText.Count != 1 || !KeysetCursor.TryParse(cursorText[0], out before)))
        {
            return NotFound();
        }
        var lookup = await query.LoadAsync(kind, slug, before, time.GetUtcNow(), cancellationToken);
        if (lookup.RedirectTo is { } newAddress)
        {
            return RedirectPermanent(newAddress + Request.QueryString);
        }
        if (lookup.Listing is null)
        {
            return NotFound();
        }
        Listing = lookup.Listing;
        ViewData[PageMetadata.ViewDataKey] = Metadata(Listing);
        return Page();
    }

    private PageMetadata Metadata(Listing listing) => new()
    {
        Title = listing.PageTitle,
        Description = listing.Description.Length > 0 ? listing.Description : $"The latest articles: {listing.Heading}.",
        CanonicalPath = listing.CanonicalPath,
        OpenGraphType = listing.Kind == SlugKind.Author ? "profile" : "website",
        FeedPath = listing.Path,
        StructuredData = [StructuredData.Breadcrumbs([("Home", address.BaseUrl + "/"), (listing.Heading, address.Absolute(listing.Path))])],
    };
}
