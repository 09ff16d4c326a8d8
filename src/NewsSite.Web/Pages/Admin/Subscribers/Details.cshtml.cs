using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Web.Pages.Admin.Subscribers;

/// <summary>One subscriber and their whole consent history. Admins only, like the list.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class DetailsModel(ConsentHistory history, PolicyVersionsQuery policyVersions) : PageModel
{
    public Subscriber Subscriber { get; private set; } = null!;

    public IReadOnlyList<ConsentHistoryRow> Rows { get; private set; } = [];

    public PolicyVersions Versions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await history.LoadAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        (Subscriber, Rows) = found;
        Versions = await policyVersions.LoadAsync(cancellationToken);
        return Page();
    }
}
