using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Web.Pages.Admin;

/// <summary>People: who works in the admin area, in which role; Admins invite and change roles. Every handler needs an Admin.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class UsersModel(StaffDirectory directory, Bylines bylines, UserManager<StaffUser> users) : PageModel
{
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>Each account's byline, by account id.</summary>
    public IReadOnlyDictionary<string, string> BylineOf { get; private set; } = new Dictionary<string, string>();

    /// <summary>Profiles an invitation may give to the newcomer.</summary>
    public IReadOnlyList<(int Id, string Name)> UnclaimedBylines { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty]
    public string InviteEmail { get; set; } = "";

    [BindProperty]
    public string InviteName { get; set; } = "";

    [BindProperty]
    public string InviteRole { get; set; } = StaffRoles.Author;

    /// <summary>The newcomer's byline: a new profile in their name, an unclaimed one's id, or none.</summary>
    [BindProperty]
    public string InviteByline { get; set; } = Bylines.NewProfile;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Invites the person and gives them their byline, so that they never publish under someone else's by default.</summary>
    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var bylineProblem = await bylines.ProblemWithAsync(InviteByline, InviteName, cancellationToken);
        Problems = bylineProblem is null
            ? await directory.InviteAsync(InviteEmail, InviteName, InviteRole, await CurrentUserAsync(), cancellationToken)
            : [bylineProblem];
        if (Problems.Count == 0 && await users.FindByEmailAsync(InviteEmail.Trim()) is { } invited)
        {
            await bylines.LinkAsync(invited.Id, InviteByline, InviteName, cancellationToken);
        }
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
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await directory.ListAsync(cancellationToken);
        BylineOf = await bylines.NamesByStaffAsync(cancellationToken);
        UnclaimedBylines = await bylines.UnclaimedAsync(cancellationToken);
    }

    private async Task<StaffUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in Admin has no account.");
}
