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

    public void OnGet(string? returnUrl) => ReturnUrl = AdminPaths.SafeReturnUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = AdminPaths.SafeReturnUrl(returnUrl);
        var outcome = await signIn.SignInAsync(Email.Trim(), Password, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(ReturnUrl);
        }
        if (outcome == SignInOutcome.NeedsSecondFactor)
        {
            return Redirect($"{AdminPaths.SignInCode}?returnUrl={Uri.EscapeDataString(ReturnUrl)}");
        }
        Problem = outcome == SignInOutcome.LockedOut
            ? signIn.LockedOutMessage
            : "The email address or password is wrong.";
        return Page();
    }
}
