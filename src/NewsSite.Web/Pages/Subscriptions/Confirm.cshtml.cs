using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>The confirmation link's page: one button confirms (see <see cref="Confirmation"/>).</summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
[PersonalPage]
public class ConfirmModel(Confirmation confirmation) : PageModel
{
    public ConfirmationState State { get; private set; }

    public bool Resent { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        State = await confirmation.StateAsync(token, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (state, subscriber) = await confirmation.ConfirmAsync(token, RequestEvidence.From(HttpContext), cancellationToken);
        if (subscriber is not null)
        {
            return Redirect(SubscriberLinks.ManagePath(subscriber) + "?confirmed=true");
        }
        State = state;
        return Page();
    }

    public async Task OnPostResendAsync(string token, CancellationToken cancellationToken)
    {
        Resent = await confirmation.ResendAsync(token, cancellationToken);
        State = Resent ? ConfirmationState.Expired : ConfirmationState.Unknown;
    }
}
