using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>
/// Editors name a wall-clock time in the site's zone, here Europe/London; the clock stands at
/// 09:00 UTC (10:00 BST) on 3 June 2030.
/// </summary>
public class SchedulingTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>, IAsyncLifetime
{
    private readonly Newsroom _newsroom = site.Newsroom;

    public async Task InitializeAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        (await scope.Db.SiteSettings.SingleAsync()).TimeZone = "Europe/London";
        await scope.Db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_scheduled_time_is_shown_wherever_the_status_is_in_the_sites_zone_by_name()
    {
        var (browser, _) = await site.Factory.SignedInActorAsync(StaffRoles.Editor);
        var scheduled = Succeeded(await ScheduleAsync(new DateTime(2030, 7, 1, 9, 0, 0)));
        const string Shown = "Scheduled for 2030-07-01 09:00 Europe/London";

        var editor = await Html.ParseAsync(await browser.GetAsync($"/admin/articles/edit/{scheduled.Id}"));
        var revisions = await Html.ParseAsync(await browser.GetAsync($"/admin/articles/{scheduled.Id}/revisions"));
        var list = await Html.ParseAsync(await browser.GetAsync("/admin/articles?status=Scheduled"));

        Assert.Contains(Shown, Html.OneLine(editor.QuerySelector(".article-links")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("2030-07-01T09:00", editor.QuerySelector("#publish-at")!.GetAttribute("value"));
        Assert.Contains(Shown, Html.OneLine(revisions.QuerySelector(".article-links")!.TextContent), StringComparison.Ordinal);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/admin/articles/edit/{scheduled.Id}");
        Assert.Contains(Shown, Html.OneLine(row.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summer_time_is_converted_with_its_offset()
    {
        var scheduled = await ScheduleAsync(new DateTime(2030, 7, 1, 9, 0, 0));

        Assert.Equal(new DateTimeOffset(2030, 7, 1, 8, 0, 0, TimeSpan.Zero), Succeeded(scheduled).PublishedAt);
    }

    [Fact]
    public async Task Winter_time_is_converted_with_its_offset()
    {
        var scheduled = await ScheduleAsync(new DateTime(2030, 12, 1, 9, 0, 0));

        Assert.Equal(new DateTimeOffset(2030, 12, 1, 9, 0, 0, TimeSpan.Zero), Succeeded(scheduled).PublishedAt);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_refused_with_a_message()
    {
        // British Summer Time starts at 01:00 UTC on 30 March 2031: 01:00 to 01:59 never happen.
        var (scheduled, article) = await ScheduleDraftAsync(new DateTime(2031, 3, 30, 1, 30, 0));

        Refused(scheduled, "01:30 on 30 March 2031 does not exist in the site's time zone (Europe/London)", ArticleWorkflow.PublishAtField);
        Assert.Equal(ArticleStatus.Draft, (await _newsroom.ArticleAsync(article.Id)).Status);
    }

    [Fact]
    public async Task A_time_that_happens_twice_means_its_first_occurrence_in_summer_time()
    {
        // British Summer Time ends at 01:00 UTC on 27 October 2030: 01:30 happens at 00:30 UTC, then again at 01:30 UTC.
        var scheduled = await ScheduleAsync(new DateTime(2030, 10, 27, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2030, 10, 27, 0, 30, 0, TimeSpan.Zero), Succeeded(scheduled).PublishedAt);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused_with_a_message()
    {
        // 09:30 in London is 08:30 UTC, half an hour before the clock.
        var (scheduled, article) = await ScheduleDraftAsync(new DateTime(2030, 6, 3, 9, 30, 0));

        Refused(scheduled, "09:30 on 3 June 2030 has already passed", ArticleWorkflow.PublishAtField);
        var stored = await _newsroom.ArticleAsync(article.Id);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Fact]
    public async Task The_local_time_is_read_as_a_wall_clock_time_whatever_its_kind()
    {
        var scheduled = await ScheduleAsync(new DateTime(2030, 7, 1, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTimeOffset(2030, 7, 1, 8, 0, 0, TimeSpan.Zero), Succeeded(scheduled).PublishedAt);
    }

    private async Task<WorkflowResult<SavedArticle>> ScheduleAsync(DateTime local) => (await ScheduleDraftAsync(local)).Result;

    private async Task<(WorkflowResult<SavedArticle> Result, SavedArticle Draft)> ScheduleDraftAsync(DateTime local)
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);
        return (await _newsroom.RunAsync(w => w.ScheduleAsync(editor, draft.Id, draft.Version, local)), draft);
    }
}
