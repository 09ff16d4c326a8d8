using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The second step of signing in, for accounts with two-factor sign-in turned on.</summary>
public class SignInCodeModel(StaffSignIn signIn) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    public string ReturnUrl { get; private set; } = AdminPaths.Root;

    public string? Problem { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = AdminPaths.SafeReturnUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = AdminPaths.SafeReturnUrl(returnUrl);
        var outcome = await signIn.SecondFactorAsync(Code, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(ReturnUrl);
        }
        Problem = outcome == SignInOutcome.LockedOut
            ? signIn.LockedOutMessage
            : "That code is not right, or it has expired. Codes change every 30 seconds.";
        return Page();
    }
}
