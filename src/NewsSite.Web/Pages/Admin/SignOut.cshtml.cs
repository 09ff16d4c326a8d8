using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Signing out is a POST (with antiforgery), so a link or an image elsewhere cannot sign anyone out.</summary>
public class SignOutModel(StaffSignIn signIn, UserManager<StaffUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(await users.GetUserAsync(User), cancellationToken);
        return Redirect(AdminPaths.SignIn);
    }
}
