using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.SitePages;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Pages.SitePages;

public class ShowModel(NewsDbContext db, TimeProvider time) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await SitePageView.FindCurrentAsync(db, slug, time.GetUtcNow(), cancellationToken);
        if (page is not null)
        {
            SitePage = page;
            return Page();
        }
        // A page that was given a new address: links to the old one keep working.
        var targetId = await SlugRedirects.FindTargetAsync(db, SlugKind.SitePage, slug, cancellationToken);
        var newSlug = targetId is null ? null
            : await db.SitePages.Where(p => p.Id == targetId).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
        return newSlug is null ? NotFound() : RedirectPermanent(PublicUrls.SitePage(newSlug));
    }
}
