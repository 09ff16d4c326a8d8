using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Web.Pages.Admin.Authors;

/// <summary>
/// A new author, or an existing one's name, address, bio and avatar (picked from the media
/// library or given by address). Editors and Admins, on every handler.
/// </summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class EditModel(AuthorEditor editor) : EditorChangePageModel
{
    [BindProperty]
    public AuthorInput Input { get; set; } = new();

    public IReadOnlyList<AvatarChoice> AvatarChoices { get; private set; } = [];

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            if (await editor.FindAsync(existing, cancellationToken) is not { } author)
            {
                return NotFound();
            }
            Input = new AuthorInput { Name = author.Name, Slug = author.Slug, Bio = author.Bio, AvatarUrl = author.AvatarUrl };
        }
        await ReloadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Back to the list when it worked, where the confirmation is shown.</summary>
    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var problems = id is { } existing
            ? await editor.UpdateAsync(existing, Input, cancellationToken)
            : await editor.CreateAsync(Input, cancellationToken);
        return await AfterAsync(problems, IsNew ? "Author added." : "Author saved. An old address now redirects to the new one.", cancellationToken, pageName: "Index");
    }

    protected override async Task ReloadAsync(CancellationToken cancellationToken) => AvatarChoices = await editor.AvatarChoicesAsync(cancellationToken);
}
