using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Seo;

namespace NewsSite.Web.Pages.Listings;

/// <summary>Section, tag and author pages differ only in what they list; this is what they share.</summary>
public abstract class ListingPageModel(ListingQuery query, PublicAddress address, TimeProvider time, SlugKind kind) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        var lookup = await query.LoadAsync(kind, slug, pageNumber, time.GetUtcNow(), cancellationToken);
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
