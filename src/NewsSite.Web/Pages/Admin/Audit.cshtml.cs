using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The audit log, newest first, for Admins only.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class AuditModel(NewsDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; }

    public bool HasOlder { get; private set; }

    public async Task OnGetAsync(int page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page);
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasOlder = entries.Count > PageSize;
        Entries = entries.Take(PageSize).ToList();
    }
}
