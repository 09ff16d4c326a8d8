using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>What the digest desk reads: the latest editions, and one edition with its articles, delivery and report.</summary>
public sealed class DigestEditionsQuery(NewsDbContext db)
{
    public Task<List<EditionSummary>> LatestAsync(CancellationToken cancellationToken) => EditionSummary.LatestAsync(db, cancellationToken);

    /// <summary>The edition with its articles, in their order; null when there is no such edition.</summary>
    public async Task<DigestEdition?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var edition = await db.DigestEditions.AsNoTracking()
            .Include(e => e.Articles).ThenInclude(a => a.Article)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (edition is not null)
        {
            edition.Articles = [.. edition.Articles.OrderBy(a => a.Position)];
        }
        return edition;
    }

    public Task<EditionProgress?> ProgressAsync(long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        EditionProgress.LoadAsync(db, id, now, cancellationToken);

    public Task<EditionReport> ReportAsync(DigestEdition edition, DateTimeOffset now, CancellationToken cancellationToken) =>
        EditionReport.LoadAsync(db, edition, now, cancellationToken);
}
