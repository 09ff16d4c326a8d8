using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Frame;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>
/// The subscribe page, and where every subscribe box posts. It sets no cookie and takes no
/// antiforgery token (the boxes sit on cached pages); see <see cref="Signup"/> for what protects it.
/// </summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
public class SubscribeModel(Signup signup, SiteChrome chrome) : PageModel
{
    [BindProperty]
    public SubscribeForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public ConsentNotice? Notice { get; private set; }

    /// <summary>The form was filled in against policy versions that have since been replaced.</summary>
    public bool NoticeChanged { get; private set; }

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await signup.SubscribeAsync(Form, RequestEvidence.From(HttpContext), cancellationToken);
        if (outcome.Result == SignupResult.CheckInbox)
        {
            return RedirectToPage("CheckInbox");
        }
        Problems = outcome.Problems;
        NoticeChanged = outcome.Result == SignupResult.NoticeChanged;
        if (NoticeChanged)
        {
            // The policies changed under the frame kept in memory: show what is in force now.
            chrome.Forget();
        }
        await LoadAsync(cancellationToken);
        Response.StatusCode = outcome.Result == SignupResult.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var frame = await chrome.GetAsync(cancellationToken);
        (Notice, Sections) = (frame.Consent, frame.Sections);
    }
}
