using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>Reads and changes when each digest goes out, for the editors' schedules page.</summary>
public sealed class DigestSchedules(NewsDbContext db)
{
    public Task<List<DigestSchedule>> ListAsync(CancellationToken cancellationToken = default) =>
        db.DigestSchedules.AsNoTracking().OrderBy(s => s.Frequency).ToListAsync(cancellationToken);

    /// <summary>Saves the schedule of <paramref name="input"/>'s frequency; invalid input changes nothing.</summary>
    public async Task<DigestChange> SaveAsync(DigestSchedule input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(input.DayOfWeek))
        {
            return new DigestChange("Choose a day of the week.");
        }
        // Whole minutes: the scheduler steps over a skipped hour minute by minute.
        if (input.TimeOfDay.Second != 0 || input.TimeOfDay.Millisecond != 0 || input.TimeOfDay.Microsecond != 0)
        {
            return new DigestChange("Give the time in hours and minutes.");
        }
        var schedule = await db.DigestSchedules.SingleOrDefaultAsync(s => s.Frequency == input.Frequency, cancellationToken);
        if (schedule is null)
        {
            return new DigestChange("There is no such digest.");
        }
        schedule.Enabled = input.Enabled;
        schedule.TimeOfDay = input.TimeOfDay;
        schedule.DayOfWeek = input.DayOfWeek;
        schedule.ReleaseAutomatically = input.ReleaseAutomatically;
        await db.SaveChangesAsync(cancellationToken);
        return DigestChange.Done;
    }
}
