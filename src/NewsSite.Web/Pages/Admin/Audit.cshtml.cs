using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The audit log, newest first, for Admins only.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class AuditModel(AuditListQuery auditList) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; }

    public bool HasOlder { get; private set; }

    public async Task OnGetAsync(int page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page);
        (Entries, HasOlder) = await auditList.PageAsync(PageNumber, cancellationToken);
    }
}
