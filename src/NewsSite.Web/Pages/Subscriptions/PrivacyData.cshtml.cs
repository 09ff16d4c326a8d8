using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Pages.Subscriptions;

/// <summary>The privacy-centre link's page: download all data held about the subscriber, or erase it.</summary>
[IgnoreAntiforgeryToken]
[SameOriginPosts]
[PersonalPage]
public class PrivacyDataModel(PrivacyCentre centre, SubscriberDataExport export) : PageModel
{
    public Subscriber? Subscriber { get; private set; }

    public bool Erased { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Subscriber = await centre.FindAsync(token, cancellationToken);
        if (Subscriber is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string token, CancellationToken cancellationToken)
    {
        var subscriber = await centre.FindAsync(token, cancellationToken);
        return subscriber is null
            ? NotFound()
            : File(await export.ExportAsync(subscriber, cancellationToken), "application/json", "newssite-subscription-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(string token, bool sure, CancellationToken cancellationToken)
    {
        Subscriber = await centre.FindAsync(token, cancellationToken);
        if (Subscriber is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!sure)
        {
            Problem = "Tick the box to confirm that you want everything erased.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await centre.EraseAsync(Subscriber, cancellationToken);
        Erased = true;
        return Page();
    }
}
