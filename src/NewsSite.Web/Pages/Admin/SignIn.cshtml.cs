using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

public class SignInModel(StaffSignIn signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string ReturnUrl { get; private set; } = AdminPaths.Root;

    public string? Problem { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturnUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        var outcome = await signIn.SignInAsync(Email.Trim(), Password, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(ReturnUrl);
        }
        Problem = outcome == SignInOutcome.LockedOut
            ? $"This account is locked after too many failed sign-ins. Try again in {signIn.LockoutMinutes} minutes, or reset the password."
            : "The email address or password is wrong.";
        return Page();
    }

    /// <summary>Only addresses inside the admin area, so a crafted link cannot send someone elsewhere after signing in.</summary>
    private string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && (returnUrl == AdminPaths.Root || returnUrl.StartsWith(AdminPaths.Root + "/", StringComparison.Ordinal))
            ? returnUrl
            : AdminPaths.Root;
}
