using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The publication's settings: name, description, postal address, time zone, digest open counts, social links, advertisements. Admins only.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class SettingsModel(SiteSettingsEditor editor, UserManager<StaffUser> users) : PageModel
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Form = await editor.LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var admin = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in Admin has no account.");
        Problems = await editor.SaveAsync(Form, admin.Id, admin.DisplayName, cancellationToken);
        if (Problems.Count > 0)
        {
            return Page();
        }
        Confirmation = "Settings saved. The public site shows them now.";
        return RedirectToPage();
    }
}
