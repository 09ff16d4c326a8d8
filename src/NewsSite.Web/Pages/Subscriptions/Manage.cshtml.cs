using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Frame;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>A subscriber's preferences, opened by the personal link in every email.</summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
[PersonalPage]
public class ManageModel(SubscriberPreferences preferences, SiteChrome chrome) : PageModel
{
    public Subscriber Subscriber { get; private set; } = null!;

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public ConsentNotice? Notice { get; private set; }

    public string? Confirmation { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public DigestFrequency Frequency { get; set; }

    [BindProperty]
    public List<int> SectionIds { get; set; } = [];

    public Task<IActionResult> OnGetAsync(string token, bool confirmed, CancellationToken cancellationToken) =>
        ShowAsync(token, confirmed ? "Your subscription is confirmed. Welcome!" : null, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(string token, CancellationToken cancellationToken) =>
        ActAsync(token, "Your choices are saved.", (subscriber, evidence) => preferences.ChangeAsync(subscriber, Frequency, SectionIds, evidence, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(string token, CancellationToken cancellationToken) =>
        ActAsync(token, "Your digest is paused. Resume it whenever you like.", (subscriber, evidence) => preferences.PauseAsync(subscriber, evidence, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string token, CancellationToken cancellationToken) =>
        ActAsync(token, "Your digest is back on.", (subscriber, evidence) => preferences.ResumeAsync(subscriber, evidence, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnsubscribeAsync(string token, CancellationToken cancellationToken) =>
        ActAsync(token, "You are unsubscribed and will get no more digests.", (subscriber, evidence) => preferences.UnsubscribeAsync(subscriber, ConsentMethod.PreferencesLink, evidence, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostResubscribeAsync(string token, bool consent, int privacyVersion, int termsVersion, CancellationToken cancellationToken)
    {
        var notice = (await chrome.GetAsync(cancellationToken)).Consent;
        if (!consent || notice is null || !notice.WasShownAs(privacyVersion, termsVersion))
        {
            var result = await ShowAsync(token, null, cancellationToken);
            Problem = consent
                ? "Our Privacy Policy or Terms of Use changed after this page was shown. Please read the versions linked below and try again."
                : "Tick the box to agree to the Privacy Policy and Terms of Use: we cannot subscribe you again without it.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return result;
        }
        return await ActAsync(token, "Welcome back: your digest starts again.", (subscriber, evidence) => preferences.ResubscribeAsync(subscriber, notice, evidence, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ActAsync(string token, string confirmation, Func<Subscriber, RequestEvidence, Task> act, CancellationToken cancellationToken)
    {
        var subscriber = await preferences.FindAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return NotFound();
        }
        await act(subscriber, RequestEvidence.From(HttpContext));
        return await ShowAsync(token, confirmation, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string token, string? confirmation, CancellationToken cancellationToken)
    {
        var subscriber = await preferences.FindAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return NotFound();
        }
        (Subscriber, Confirmation, Frequency, SectionIds) = (subscriber, confirmation, subscriber.Frequency, subscriber.SectionIds);
        var frame = await chrome.GetAsync(cancellationToken);
        (Notice, Sections) = (frame.Consent, frame.Sections);
        return Page();
    }
}
