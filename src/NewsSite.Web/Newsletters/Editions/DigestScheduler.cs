using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// One look at the schedules: for each enabled one whose latest moment has passed, makes its
/// edition if there is none yet and, when the schedule says so, releases it if it is still a
/// draft. Safe to run on every instance at once: the edition is made once, and released once.
/// </summary>
public sealed class DigestScheduler(NewsDbContext db, SiteSettingsCache siteSettings, EditionBuilder builder, EditionRelease release, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var schedules = await db.DigestSchedules.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        if (schedules.Count == 0)
        {
            return;
        }
        var zone = (await siteSettings.GetAsync(cancellationToken)).TimeZone;
        foreach (var schedule in schedules)
        {
            var period = SchedulePeriods.Latest(schedule, zone, now);
            // Looked up first so that a pass with nothing to do writes nothing.
            var edition = await db.DigestEditions.AsNoTracking()
                .SingleOrDefaultAsync(e => e.Frequency == period.Frequency && e.PeriodKey == period.PeriodKey, cancellationToken)
                ?? await builder.EnsureAsync(period, cancellationToken);
            // A draft is released by whichever instance sees it, also when the one that made it
            // stopped before releasing it: a second release of an edition does nothing.
            if (schedule.ReleaseAutomatically && edition.Status == DigestEditionStatus.Draft)
            {
                await release.ReleaseAsync(edition.Id, cancellationToken);
            }
        }
    }
}
