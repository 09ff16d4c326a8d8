using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>The scheduler as the site runs it: on its own timer.</summary>
public class DigestSchedulerWorkerTests(DigestSchedulerWorkerTests.TickingFixture site) : IClassFixture<DigestSchedulerWorkerTests.TickingFixture>
{
    public sealed class TickingFixture : EditionsFixture
    {
        protected override bool RunsSchedulerWorker => true;

        protected override void Configure(NewsSiteFactory factory)
        {
            ArgumentNullException.ThrowIfNull(factory);
            factory.Settings["Newsletters:PollInterval"] = "00:01:00";
            base.Configure(factory);
        }
    }

    [Fact]
    public async Task Site_makes_the_edition_on_its_own_once_its_moment_passes()
    {
        // The clock stands at 10:00 in London (British Summer Time); the digest is due at 10:01.
        var schedule = new DigestSchedule { Frequency = DigestFrequency.Daily, Enabled = true, TimeOfDay = new TimeOnly(10, 1), ReleaseAutomatically = false };
        Assert.True((await site.Digests.RunAsync<DigestSchedules, DigestChange>(s => s.SaveAsync(schedule))).Succeeded);

        site.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await using var scope = site.Factory.OpenDatabase();
            return await scope.Db.DigestEditions.AnyAsync(e => e.Frequency == DigestFrequency.Daily && e.PeriodKey == "2030-06-03");
        }));
    }
}
