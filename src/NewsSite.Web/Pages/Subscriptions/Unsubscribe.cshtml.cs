using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>
/// The unsubscribe link of every email. Opening it unsubscribes at once (one click); mail
/// programs' RFC 8058 one-click POST does the same without showing a page.
/// </summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
[PersonalPage]
public class UnsubscribeModel(SubscriberPreferences preferences) : PageModel
{
    public Subscriber Subscriber { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await preferences.FindAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return NotFound();
        }
        await preferences.UnsubscribeAsync(subscriber, ConsentMethod.UnsubscribeLink, RequestEvidence.From(HttpContext), cancellationToken);
        Subscriber = subscriber;
        return Page();
    }

    /// <summary>RFC 8058: the body says <c>List-Unsubscribe=One-Click</c>; the answer needs no page.</summary>
    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await preferences.FindAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return NotFound();
        }
        await preferences.UnsubscribeAsync(subscriber, ConsentMethod.OneClickHeader, RequestEvidence.From(HttpContext), cancellationToken);
        return Content("Unsubscribed.", "text/plain");
    }
}
