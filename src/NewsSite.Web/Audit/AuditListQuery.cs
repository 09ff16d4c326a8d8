using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Audit;

/// <summary>The audit log a page at a time, newest first.</summary>
public sealed class AuditListQuery(NewsDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Page <paramref name="pageNumber"/> (the first is 1), and whether older entries follow it.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Entries, bool HasOlder)> PageAsync(int pageNumber, CancellationToken cancellationToken)
    {
        // One entry more than the page shows tells whether there is an older page.
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return (entries.Take(PageSize).ToList(), entries.Count > PageSize);
    }
}
