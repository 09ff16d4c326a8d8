using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account.</summary>
public class ForgotPasswordModel(StaffPasswords passwords) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await passwords.RequestResetAsync(Email.Trim(), cancellationToken);
        Sent = true;
    }
}
