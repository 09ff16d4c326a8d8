using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Web.Pages.Admin.Authors;

/// <summary>Bylines: the list, with how many articles each carries, and delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(AuthorEditor editor) : PageModel
{
    public IReadOnlyList<AuthorRow> Authors { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Authors = await editor.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Problems = await editor.DeleteAsync(id, cancellationToken);
        if (Problems.Count == 0)
        {
            Confirmation = "Author deleted.";
            return RedirectToPage();
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
