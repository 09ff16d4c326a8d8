using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.SitePages;

namespace NewsSite.Web.Pages.SitePages;

/// <summary>One version of a standing page as it was published: what the consent sentence links, so readers and regulators see the words agreed to.</summary>
public class VersionModel(SitePageQuery query, TimeProvider time) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public SitePageView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var page = await query.VersionAsync(slug, version, now, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        SitePage = page;
        Current = await query.CurrentAsync(slug, now, cancellationToken);
        return Page();
    }
}
