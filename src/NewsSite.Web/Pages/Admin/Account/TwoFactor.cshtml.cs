using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Accounts.TwoFactor;

namespace NewsSite.Web.Pages.Admin.Account;

/// <summary>Each member of staff turns two-factor sign-in on or off for their own account.</summary>
public class TwoFactorModel(StaffTwoFactor twoFactor, UserManager<StaffUser> users) : PageModel
{
    public bool Enabled { get; private set; }

    public AuthenticatorSetup? Setup { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public string Code { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync(await CurrentUserAsync());

    public async Task OnPostEnableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        var codes = await twoFactor.EnableAsync(user, Code, cancellationToken);
        if (codes is null)
        {
            Problem = "That code is not right. Check that the app shows this site's entry, and type the code it shows now.";
        }
        RecoveryCodes = codes ?? [];
        await LoadAsync(user);
    }

    public async Task OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        await twoFactor.DisableAsync(user, cancellationToken);
        await LoadAsync(user);
    }

    private async Task LoadAsync(StaffUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Setup = Enabled ? null : await twoFactor.BeginSetupAsync(user);
    }

    private async Task<StaffUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in member of staff has no account.");
}
