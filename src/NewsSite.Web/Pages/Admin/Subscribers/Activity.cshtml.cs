using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Web.Pages.Admin.Subscribers;

/// <summary>New subscribers, confirmations and unsubscribes per day over the last 30 or 90 days. Admins only, like the list.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class ActivityModel(SubscriberActivity activity) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = SubscriberActivity.Periods[0];

    public ActivityChart Chart { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SubscriberActivity.Periods.Contains(Days))
        {
            Days = SubscriberActivity.Periods[0];
        }
        Chart = new ActivityChart(await activity.LastDaysAsync(Days, cancellationToken));
    }
}
