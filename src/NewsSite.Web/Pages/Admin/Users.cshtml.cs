using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

/// <summary>People: who works in the admin area, in which role; Admins invite and change roles. Every handler needs an Admin.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class UsersModel(StaffDirectory directory, UserManager<StaffUser> users) : PageModel
{
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty]
    public string InviteEmail { get; set; } = "";

    [BindProperty]
    public string InviteName { get; set; } = "";

    [BindProperty]
    public string InviteRole { get; set; } = StaffRoles.Author;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Staff = await directory.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        Problems = await directory.InviteAsync(InviteEmail, InviteName, InviteRole, await CurrentUserAsync(), cancellationToken);
        return await AfterChangeAsync($"Invitation sent to {InviteEmail.Trim()}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRoleAsync(string userId, string role, CancellationToken cancellationToken)
    {
        Problems = await directory.ChangeRoleAsync(userId, role, await CurrentUserAsync(), cancellationToken);
        return await AfterChangeAsync("Role changed.", cancellationToken);
    }

    /// <summary>Success redirects (so a reload sends nothing twice); problems show on the page with what was typed.</summary>
    private async Task<IActionResult> AfterChangeAsync(string confirmation, CancellationToken cancellationToken)
    {
        if (Problems.Count == 0)
        {
            Confirmation = confirmation;
            return RedirectToPage();
        }
        Staff = await directory.ListAsync(cancellationToken);
        return Page();
    }

    private async Task<StaffUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in Admin has no account.");
}
