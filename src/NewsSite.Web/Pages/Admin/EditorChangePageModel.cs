using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages.Admin;

/// <summary>
/// What the tags, authors and pages screens share after a change: when it worked, back to the
/// page (so a reload does not post again) with a confirmation; when it was refused, the same page
/// again with every reason (see <c>_EditorMessages</c>), nothing having changed.
/// </summary>
public abstract class EditorChangePageModel : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    /// <summary>Loads what the page shows, as its GET does, after a refused change.</summary>
    protected abstract Task ReloadAsync(CancellationToken cancellationToken);

    protected async Task<IActionResult> AfterAsync(
        IReadOnlyList<string> problems, string confirmation, CancellationToken cancellationToken, string? pageName = null, object? routeValues = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            Confirmation = confirmation;
            return RedirectToPage(pageName, routeValues);
        }
        Problems = problems;
        await ReloadAsync(cancellationToken);
        return Page();
    }
}
