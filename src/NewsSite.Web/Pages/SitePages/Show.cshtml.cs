using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.SitePages;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Pages.SitePages;

public class ShowModel(SitePageQuery query, TimeProvider time) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await query.CurrentAsync(slug, time.GetUtcNow(), cancellationToken);
        if (page is not null)
        {
            SitePage = page;
            return Page();
        }
        // A page that was given a new address: links to the old one keep working.
        var newSlug = await query.NewSlugAsync(slug, cancellationToken);
        return newSlug is null ? NotFound() : RedirectPermanent(PublicUrls.SitePage(newSlug));
    }
}
