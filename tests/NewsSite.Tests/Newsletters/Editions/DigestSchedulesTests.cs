using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>Reading and changing the schedules, as the editors' page will.</summary>
public class DigestSchedulesTests(EditionsFixture site) : IClassFixture<EditionsFixture>
{
    [Fact]
    public async Task Saved_schedule_is_what_is_read_back()
    {
        var weekly = new DigestSchedule { Frequency = DigestFrequency.Weekly, Enabled = true, DayOfWeek = DayOfWeek.Sunday, TimeOfDay = new TimeOnly(18, 45), ReleaseAutomatically = false };

        var saved = await site.Digests.RunAsync<DigestSchedules, DigestChange>(s => s.SaveAsync(weekly));

        Assert.True(saved.Succeeded);
        var stored = (await ListAsync()).Single(s => s.Frequency == DigestFrequency.Weekly);
        Assert.Equal((true, DayOfWeek.Sunday, new TimeOnly(18, 45), false), (stored.Enabled, stored.DayOfWeek, stored.TimeOfDay, stored.ReleaseAutomatically));
    }

    [Theory]
    [InlineData(DigestFrequency.Daily, 9, 0)]
    [InlineData(DigestFrequency.Daily, 1, 30)]
    [InlineData((DigestFrequency)7, 1, 0)]
    public async Task Invalid_schedule_is_refused_with_a_reason_and_changes_nothing(DigestFrequency frequency, int dayOfWeek, int seconds)
    {
        var before = await ListAsync();
        var input = new DigestSchedule { Frequency = frequency, Enabled = true, DayOfWeek = (DayOfWeek)dayOfWeek, TimeOfDay = new TimeOnly(6, 0, seconds) };

        var refused = await site.Digests.RunAsync<DigestSchedules, DigestChange>(s => s.SaveAsync(input));

        Assert.False(string.IsNullOrWhiteSpace(refused.Error));
        Assert.Equivalent(before, await ListAsync());
    }

    private Task<List<DigestSchedule>> ListAsync() => site.Digests.RunAsync<DigestSchedules, List<DigestSchedule>>(s => s.ListAsync());
}
