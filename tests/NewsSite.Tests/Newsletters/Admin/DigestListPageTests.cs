using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Admin;

/// <summary>The digests page: the editions so far, the schedules form and "send one edition now".</summary>
public class DigestListPageTests(DigestDeskFixture site) : IClassFixture<DigestDeskFixture>
{
    private const string Path = "/admin/digests";

    [Fact]
    public async Task The_list_shows_each_edition_with_its_subject_status_and_a_chart()
    {
        await site.Digests.ArticleAsync(new DateTimeOffset(2031, 5, 1, 6, 30, 0, TimeSpan.Zero));
        var edition = await site.Digests.DailyEditionAsync(new DateTimeOffset(2031, 5, 1, 7, 0, 0, TimeSpan.Zero));

        var page = await Html.ParseAsync(await site.Editor.GetAsync(Path));

        var row = page.QuerySelectorAll("table.digest-editions tbody tr")
            .Single(r => r.QuerySelector($"a[href='/admin/digests/{edition.Id}']") is not null);
        Assert.Contains("The Harbour Times: the day's stories", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Draft", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("figure svg[role=img] title"));
    }

    [Fact]
    public async Task Saving_a_schedule_changes_when_the_digest_goes_out()
    {
        var response = await site.Editor.PostFormAsync(Path + "?handler=Schedule", new()
        {
            ["Schedule.Frequency"] = "Weekly", ["Schedule.DayOfWeek"] = "Wednesday", ["Schedule.TimeOfDay"] = "18:45",
            ["Schedule.Enabled"] = "true", ["Schedule.ReleaseAutomatically"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.ParseAsync(await site.Editor.GetAsync(Path));
        Assert.Contains("The weekly schedule was saved.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var weekly = await ScheduleAsync(DigestFrequency.Weekly);
        Assert.Equal((true, new TimeOnly(18, 45), DayOfWeek.Wednesday, false), (weekly.Enabled, weekly.TimeOfDay, weekly.DayOfWeek, weekly.ReleaseAutomatically));
        Assert.Equal("18:45", page.QuerySelector("#time-weekly")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_time_that_is_not_one_is_refused_and_changes_nothing()
    {
        var before = await ScheduleAsync(DigestFrequency.Daily);

        var response = await site.Editor.PostFormAsync(Path + "?handler=Schedule", new()
        {
            ["Schedule.Frequency"] = "Daily", ["Schedule.DayOfWeek"] = "Monday", ["Schedule.TimeOfDay"] = "half past seven",
            ["Schedule.Enabled"] = "true", ["Schedule.ReleaseAutomatically"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector("[role=alert]"));
        var after = await ScheduleAsync(DigestFrequency.Daily);
        Assert.Equal((before.Enabled, before.TimeOfDay, before.ReleaseAutomatically), (after.Enabled, after.TimeOfDay, after.ReleaseAutomatically));
    }

    [Fact]
    public async Task Send_one_now_makes_a_weekly_edition_and_opens_its_page()
    {
        var response = await site.Editor.PostFormAsync(Path + "?handler=SendNow", new() { ["frequency"] = "Weekly" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        var edition = await scope.Db.DigestEditions.OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(DigestFrequency.Weekly, edition.Frequency);
        Assert.StartsWith("now-", edition.PeriodKey, StringComparison.Ordinal);
        Assert.Equal($"/admin/digests/{edition.Id}", response.Headers.Location!.OriginalString);
    }

    private async Task<Web.Newsletters.DigestSchedule> ScheduleAsync(DigestFrequency frequency)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.DigestSchedules.AsNoTracking().SingleAsync(s => s.Frequency == frequency);
    }
}
