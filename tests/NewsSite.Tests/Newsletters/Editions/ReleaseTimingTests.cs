using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;
using Xunit.Abstractions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>
/// Releasing an edition to 100,000 subscribers, timed. The time is reported in the test output,
/// not asserted (the machine is shared); that every one of them is queued is asserted.
/// </summary>
public class ReleaseTimingTests(EditionsFixture site, ITestOutputHelper output) : IClassFixture<EditionsFixture>
{
    private const int Subscribers = 100_000;

    [Fact]
    public async Task Hundred_thousand_subscribers_are_queued_in_one_release()
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            await scope.Db.Database.ExecuteSqlAsync($"""
                INSERT INTO subscribers (email, status, frequency, section_ids, link_key, source, created_at)
                SELECT 'reader' || n || '@example.test', 'Active', 'Daily', ARRAY[]::integer[], md5(n::text), 'import', now()
                FROM generate_series(1, {Subscribers}) AS n
                """);
            await scope.Db.Database.ExecuteSqlRawAsync("ANALYZE subscribers");
        }
        var untilWithoutList = new DateTimeOffset(2035, 1, 1, 7, 0, 0, TimeSpan.Zero);
        var untilWithList = untilWithoutList.AddDays(1);

        var withoutList = await TimedReleaseAsync(untilWithoutList);
        await using (var scope = site.Factory.OpenDatabase())
        {
            await scope.Get<SuppressionList>().AddAsync("reader1@example.test", SuppressionReason.HardBounce);
            await scope.Db.SaveChangesAsync();
        }
        var withList = await TimedReleaseAsync(untilWithList);

        Assert.Equal(Subscribers, withoutList.Result.Recipients);
        Assert.Equal(Subscribers - 1, withList.Result.Recipients);
        output.WriteLine($"Release to {Subscribers:N0} subscribers: {withoutList.Elapsed.TotalMilliseconds:N0} ms with an empty suppression list, " +
            $"{withList.Elapsed.TotalMilliseconds:N0} ms with one suppressed address (every address hashed).");
    }

    private async Task<(ReleaseResult Result, TimeSpan Elapsed)> TimedReleaseAsync(DateTimeOffset until)
    {
        await site.Digests.ArticleAsync(until.AddHours(-1));
        var edition = await site.Digests.DailyEditionAsync(until);
        var watch = Stopwatch.StartNew();
        var result = await site.Digests.RunAsync<EditionRelease, ReleaseResult>(r => r.ReleaseAsync(edition.Id));
        return (result, watch.Elapsed);
    }
}
