using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using NewsSite.Web.SitePages;

namespace NewsSite.Web.Pages.Admin.SitePages;

/// <summary>
/// A new standing page, or the next version of one (from now or a later date), its address and
/// its read-only history. Editors and Admins, on every handler.
/// </summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class EditModel(SitePageEditor editor, SitePageHistory history, SiteChrome chrome, TimeProvider time) : EditorChangePageModel
{
    private int? _id;

    [BindProperty]
    public SitePageInput Input { get; set; } = new();

    /// <summary>The page and every version, newest first; null for a page not yet created.</summary>
    public SitePageHistoryView? History { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        _id = id;
        await ReloadAsync(cancellationToken);
        if (id is not null && History is null)
        {
            return NotFound();
        }
        // The next version starts from the newest wording, so an editor changes only what must change.
        if (History is { Versions: [var newest, ..] })
        {
            Input = new SitePageInput { Title = newest.Title, Summary = newest.Summary, BodyMarkdown = newest.BodyMarkdown };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (problems, id) = await editor.CreateAsync(Input, cancellationToken);
        return await AfterAsync(problems, "Page added.", cancellationToken, routeValues: new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        _id = id;
        var confirmation = Input.EffectiveFrom is null ? "New version published: readers see it now." : "New version saved: readers see it from its date.";
        return await AfterAsync(await editor.PublishAsync(id, Input, cancellationToken), confirmation, cancellationToken, routeValues: new { id });
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken cancellationToken)
    {
        _id = id;
        return await AfterAsync(await editor.RenameAsync(id, Input.Slug, cancellationToken), "Address changed. The old one now redirects to it.", cancellationToken, routeValues: new { id });
    }

    protected override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Zone = (await chrome.GetAsync(cancellationToken)).TimeZone;
        Now = time.GetUtcNow();
        History = _id is { } existing ? await history.LoadAsync(existing, cancellationToken) : null;
    }
}
