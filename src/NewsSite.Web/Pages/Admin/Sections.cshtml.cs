using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Sections: create, rename, order and delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class SectionsModel(SectionEditor editor) : PageModel
{
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sections = await editor.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await editor.CreateAsync(Input, cancellationToken), "Section added.", cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.UpdateAsync(id, Input, cancellationToken), "Section saved. Its old address now redirects to the new one.", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.DeleteAsync(id, cancellationToken), "Section deleted.", cancellationToken);

    private async Task<IActionResult> AfterAsync(IReadOnlyList<string> problems, string confirmation, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            Confirmation = confirmation;
            return RedirectToPage();
        }
        Problems = problems;
        Sections = await editor.ListAsync(cancellationToken);
        return Page();
    }
}
