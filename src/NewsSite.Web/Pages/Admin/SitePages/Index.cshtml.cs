using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using NewsSite.Web.SitePages;

namespace NewsSite.Web.Pages.Admin.SitePages;

/// <summary>Standing pages: each with the version readers see now and any waiting for its date; their order in the footer; delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(SitePageHistory history, SitePageEditor editor, SiteChrome chrome, TimeProvider time) : EditorChangePageModel
{
    public IReadOnlyList<SitePageRow> Pages { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOrderAsync(int id, int sortOrder, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.OrderAsync(id, sortOrder, cancellationToken), "Footer order saved.", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.DeleteAsync(id, cancellationToken), "Page deleted.", cancellationToken);

    protected override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Pages = await history.ListAsync(time.GetUtcNow(), cancellationToken);
        Zone = (await chrome.GetAsync(cancellationToken)).TimeZone;
    }
}
