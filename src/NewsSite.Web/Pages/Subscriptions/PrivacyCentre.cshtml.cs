using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>Where a subscriber asks for the link to their data. The answer is the same for every address.</summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
public class PrivacyCentreModel(PrivacyCentre centre) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public string? Problem { get; private set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Problem = await centre.RequestLinkAsync(Email, cancellationToken);
        Sent = Problem is null;
        if (!Sent)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
