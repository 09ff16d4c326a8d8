using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>
/// The scheduler's passes, run by the tests on clocks of their own that walk through the nights the
/// clocks change in Europe/London (31 March and 27 October 2030, 30 March and 26 October 2031).
/// Each test uses dates no other test uses, since editions are unique per date.
/// </summary>
public class DigestSchedulerTests(EditionsFixture site) : IClassFixture<EditionsFixture>
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Daily_digest_at_seven_goes_at_seven_local_time_across_both_clock_changes()
    {
        await ScheduleAsync(daily: new TimeOnly(7, 0));

        var spring = await WalkAsync(Utc(2030, 3, 29, 12), Utc(2030, 4, 1, 12));
        var autumn = await WalkAsync(Utc(2030, 10, 25, 12), Utc(2030, 10, 28, 12));

        Assert.Equal(new Dictionary<string, DateTimeOffset>
        {
            ["2030-03-30"] = Utc(2030, 3, 30, 7), // GMT
            ["2030-03-31"] = Utc(2030, 3, 31, 6), // the clocks went forward overnight: 07:00 BST
            ["2030-04-01"] = Utc(2030, 4, 1, 6),
        }, spring);
        Assert.Equal(new Dictionary<string, DateTimeOffset>
        {
            ["2030-10-26"] = Utc(2030, 10, 26, 6), // BST
            ["2030-10-27"] = Utc(2030, 10, 27, 7), // the clocks went back overnight: 07:00 GMT
            ["2030-10-28"] = Utc(2030, 10, 28, 7),
        }, autumn);
    }

    [Fact]
    public async Task Skipped_time_goes_when_the_gap_ends_and_a_repeated_time_goes_once()
    {
        await ScheduleAsync(daily: new TimeOnly(1, 30));

        var spring = await WalkAsync(Utc(2031, 3, 29, 12), Utc(2031, 3, 30, 12));
        var autumn = await WalkAsync(Utc(2031, 10, 25, 12), Utc(2031, 10, 26, 12));

        // 01:30 does not exist on 30 March 2031; the first moment after the gap is 02:00 BST.
        Assert.Equal(new Dictionary<string, DateTimeOffset> { ["2031-03-30"] = Utc(2031, 3, 30, 1) }, spring);
        // 01:30 happens twice on 26 October 2031 (00:30 and 01:30 UTC): one edition, at the first.
        Assert.Equal(new Dictionary<string, DateTimeOffset> { ["2031-10-26"] = Utc(2031, 10, 26, 0, 30) }, autumn);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(1, await scope.Db.DigestEditions.CountAsync(e => e.PeriodKey == "2031-10-26"));
    }

    [Fact]
    public async Task Weekly_digest_goes_on_its_day_only()
    {
        await ScheduleAsync(weekly: (DayOfWeek.Saturday, new TimeOnly(8, 0)));

        var made = await WalkAsync(Utc(2032, 1, 5, 0), Utc(2032, 1, 19, 0), TimeSpan.FromHours(1));

        Assert.Equal(new Dictionary<string, DateTimeOffset>
        {
            ["2032-W02"] = Utc(2032, 1, 10, 8),
            ["2032-W03"] = Utc(2032, 1, 17, 8),
        }, made);
    }

    [Fact]
    public async Task Two_instances_at_the_due_moment_make_and_release_one_edition()
    {
        await ScheduleAsync(daily: new TimeOnly(7, 0), releaseAutomatically: true);
        var due = Utc(2033, 5, 2, 6); // 07:00 BST
        var article = await site.Digests.ArticleAsync(due.AddHours(-2));
        var reader = await site.Digests.SubscriberAsync(DigestFrequency.Daily);

        await Task.WhenAll(PassAsync(new FakeTimeProvider(due)), PassAsync(new FakeTimeProvider(due)));

        await using var scope = site.Factory.OpenDatabase();
        var edition = await scope.Db.DigestEditions.Include(e => e.Articles).SingleAsync(e => e.PeriodKey == "2033-05-02");
        Assert.Equal(DigestEditionStatus.Sending, edition.Status);
        Assert.Contains(article, edition.Articles.Select(a => a.ArticleId));
        Assert.Equal(1, await scope.Db.DigestDeliveries.CountAsync(d => d.EditionId == edition.Id && d.SubscriberId == reader));
    }

    [Fact]
    public async Task Draft_left_by_an_instance_that_stopped_before_releasing_it_is_released_by_the_next_pass()
    {
        await ScheduleAsync(daily: new TimeOnly(7, 0), releaseAutomatically: true);
        var due = Utc(2034, 5, 2, 6); // 07:00 BST
        await site.Digests.ArticleAsync(due.AddHours(-2));
        var reader = await site.Digests.SubscriberAsync(DigestFrequency.Daily);
        var left = await site.Digests.DailyEditionAsync(due);

        await PassAsync(new FakeTimeProvider(due.AddMinutes(2)));

        Assert.Equal(DigestEditionStatus.Sending, (await site.Digests.EditionAsync(left.Id)).Status);
        Assert.Contains(reader, (await site.Digests.DeliveriesAsync(left.Id)).Select(d => d.SubscriberId));
    }

    /// <summary>
    /// Runs a pass every <paramref name="step"/> (15 minutes unless given) from <paramref name="from"/>
    /// to <paramref name="to"/>, and returns each edition made on the way with the moment it appeared.
    /// </summary>
    private async Task<Dictionary<string, DateTimeOffset>> WalkAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan? step = null)
    {
        var clock = new FakeTimeProvider(from);
        await PassAsync(clock);
        var known = await KeysAsync();
        var made = new Dictionary<string, DateTimeOffset>();
        while (clock.GetUtcNow() < to)
        {
            clock.Advance(step ?? TimeSpan.FromMinutes(15));
            await PassAsync(clock);
            foreach (var key in (await KeysAsync()).Except(known).Except(made.Keys))
            {
                made[key] = clock.GetUtcNow();
            }
        }
        return made;
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.DigestEditions.Select(e => e.PeriodKey).ToListAsync();
    }

    private async Task PassAsync(TimeProvider clock)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DigestScheduler>(scope.ServiceProvider, clock).RunAsync(CancellationToken.None);
    }

    /// <summary>Enables the schedules given and disables the other; editions wait for an editor unless told otherwise.</summary>
    private async Task ScheduleAsync(TimeOnly? daily = null, (DayOfWeek Day, TimeOnly Time)? weekly = null, bool releaseAutomatically = false)
    {
        var schedules = new[]
        {
            new DigestSchedule { Frequency = DigestFrequency.Daily, Enabled = daily is not null, TimeOfDay = daily ?? new TimeOnly(7, 0), ReleaseAutomatically = releaseAutomatically },
            new DigestSchedule { Frequency = DigestFrequency.Weekly, Enabled = weekly is not null, DayOfWeek = weekly?.Day ?? DayOfWeek.Monday, TimeOfDay = weekly?.Time ?? new TimeOnly(7, 0), ReleaseAutomatically = releaseAutomatically },
        };
        foreach (var schedule in schedules)
        {
            Assert.True((await site.Digests.RunAsync<DigestSchedules, DigestChange>(s => s.SaveAsync(schedule))).Succeeded);
        }
    }
}
