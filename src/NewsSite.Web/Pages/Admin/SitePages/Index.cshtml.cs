using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.SitePages;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Pages.Admin.SitePages;

/// <summary>Standing pages: each with the version readers see now and any waiting for its date; delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(SitePageHistory history, SitePageEditor editor, SiteChrome chrome, TimeProvider time) : PageModel
{
    public IReadOnlyList<SitePageRow> Pages { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pages = await history.ListAsync(time.GetUtcNow(), cancellationToken);
        Zone = (await chrome.GetAsync(cancellationToken)).TimeZone;
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Problems = await editor.DeleteAsync(id, cancellationToken);
        if (Problems.Count == 0)
        {
            Confirmation = "Page deleted.";
            return RedirectToPage();
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
