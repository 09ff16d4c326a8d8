using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Web.Pages.Admin.Authors;

/// <summary>
/// A new author, or an existing one's name, address, bio and avatar (picked from the media
/// library or given by address). Editors and Admins, on every handler.
/// </summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class EditModel(AuthorEditor editor) : PageModel
{
    [BindProperty]
    public AuthorInput Input { get; set; } = new();

    public IReadOnlyList<AvatarChoice> AvatarChoices { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            if (await editor.FindAsync(existing, cancellationToken) is not { } author)
            {
                return NotFound();
            }
            Input = new AuthorInput { Name = author.Name, Slug = author.Slug, Bio = author.Bio, AvatarUrl = author.AvatarUrl };
        }
        await LoadChoicesAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Problems = id is { } existing
            ? await editor.UpdateAsync(existing, Input, cancellationToken)
            : await editor.CreateAsync(Input, cancellationToken);
        if (Problems.Count == 0)
        {
            TempData[nameof(IndexModel.Confirmation)] = id is null ? "Author added." : "Author saved. An old address now redirects to the new one.";
            return RedirectToPage("Index");
        }
        await LoadChoicesAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(int? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        AvatarChoices = await editor.AvatarChoicesAsync(cancellationToken);
    }
}
