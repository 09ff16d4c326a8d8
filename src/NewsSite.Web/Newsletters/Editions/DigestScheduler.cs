using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// One look at the schedules: for each enabled one whose latest moment has passed without its
/// edition, makes the edition and, when the schedule says so, releases it. Safe to run on every
/// instance at once: the edition is made once, and released once.
/// </summary>
public sealed class DigestScheduler(NewsDbContext db, SiteChrome chrome, EditionBuilder builder, EditionRelease release, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var schedules = await db.DigestSchedules.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        if (schedules.Count == 0)
        {
            return;
        }
        var zone = (await chrome.GetAsync(cancellationToken)).TimeZone;
        foreach (var schedule in schedules)
        {
            var period = SchedulePeriods.Latest(schedule, zone, now);
            // Looked up first so that a pass with nothing to do writes nothing.
            var edition = await db.DigestEditions.AsNoTracking()
                .SingleOrDefaultAsync(e => e.Frequency == period.Frequency && e.PeriodKey == period.PeriodKey, cancellationToken);
            if (edition is not null)
            {
                continue;
            }
            edition = await builder.EnsureAsync(period, cancellationToken);
            // Released here even when another instance made it: releasing twice does nothing.
            if (schedule.ReleaseAutomatically)
            {
                await release.ReleaseAsync(edition.Id, cancellationToken);
            }
        }
    }
}
