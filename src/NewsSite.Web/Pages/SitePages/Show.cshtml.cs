using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Data;
using NewsSite.Web.SitePages;

namespace NewsSite.Web.Pages.SitePages;

public class ShowModel(NewsDbContext db, TimeProvider time) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await SitePageView.FindCurrentAsync(db, slug, time.GetUtcNow(), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        SitePage = page;
        return Page();
    }
}
