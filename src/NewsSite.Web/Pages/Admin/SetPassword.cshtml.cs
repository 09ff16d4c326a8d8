using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

/// <summary>
/// Choosing a password from an emailed link: a reset (<c>/admin/reset-password</c>) or an
/// invitation (<c>/admin/accept-invitation</c>, routed here too). The token is checked when the
/// form is sent, so a link opened by a mail scanner uses nothing up.
/// </summary>
public class SetPasswordModel(StaffPasswords passwords) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirmation { get; set; } = "";

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Done { get; private set; }

    public bool IsInvitation => HttpContext.Request.Path.StartsWithSegments(StaffLinks.AcceptInvitationPath);

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.Equals(Password, Confirmation, StringComparison.Ordinal))
        {
            Problems = ["The two passwords are not the same."];
            return;
        }
        Problems = IsInvitation
            ? await passwords.AcceptInvitationAsync(Email, Token, Password, cancellationToken)
            : await passwords.ResetAsync(Email, Token, Password, cancellationToken);
        Done = Problems.Count == 0;
    }
}
