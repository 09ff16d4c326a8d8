using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.SitePages;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Pages.Admin.SitePages;

/// <summary>
/// A new standing page, or the next version of one (from now or a later date), its address and
/// its read-only history. Editors and Admins, on every handler.
/// </summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class EditModel(SitePageEditor editor, SitePageHistory history, SiteChrome chrome, TimeProvider time) : PageModel
{
    [BindProperty]
    public SitePageInput Input { get; set; } = new();

    /// <summary>The page and every version, newest first; null for a page not yet created.</summary>
    public SitePageHistoryView? History { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
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
        return await AfterAsync(problems, id, "Page added.", cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.PublishAsync(id, Input, cancellationToken), id,
            Input.EffectiveFrom is null ? "New version published: readers see it now." : "New version saved: readers see it from its date.", cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.RenameAsync(id, Input.Slug, cancellationToken), id, "Address changed. The old one now redirects to it.", cancellationToken);

    private async Task<IActionResult> AfterAsync(IReadOnlyList<string> problems, int id, string confirmation, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            Confirmation = confirmation;
            return RedirectToPage(new { id });
        }
        Problems = problems;
        return await LoadAsync(id == 0 ? null : id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>False when <paramref name="id"/> names no page.</summary>
    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Zone = (await chrome.GetAsync(cancellationToken)).TimeZone;
        Now = time.GetUtcNow();
        History = id is { } existing ? await history.LoadAsync(existing, cancellationToken) : null;
        return id is null || History is not null;
    }
}
