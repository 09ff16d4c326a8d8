using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Audit;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>The scheduler's passes, run by the tests with the clock where they want it.</summary>
public class ScheduledPublishingTests(ScheduledPublishingTests.SmallBatchFixture site) : IClassFixture<ScheduledPublishingTests.SmallBatchFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    /// <summary>Small batches, so two schedulers working through a backlog take turns many times.</summary>
    public sealed class SmallBatchFixture : WorkflowFixture
    {
        protected override void Configure(NewsSiteFactory factory)
        {
            base.Configure(factory);
            factory.Settings["ScheduledPublishing:BatchSize"] = "3";
        }
    }

    [Fact]
    public async Task Scheduled_article_is_published_at_its_time_and_not_before()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Regatta goes ahead");
        var due = site.Clock.GetUtcNow().AddMinutes(30);
        Succeeded(await _newsroom.RunAsync(w => w.ScheduleAsync(editor, draft.Id, draft.Version, SiteLocal(due))));

        await RunSchedulerAsync();
        site.Clock.Advance(TimeSpan.FromMinutes(29));
        await RunSchedulerAsync();
        var before = await _newsroom.ArticleAsync(draft.Id);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunSchedulerAsync();
        var after = await _newsroom.ArticleAsync(draft.Id);

        Assert.Equal(ArticleStatus.Scheduled, before.Status);
        Assert.Equal(ArticleStatus.Published, after.Status);
        Assert.Equal(due, after.PublishedAt);
        Assert.Equal(ScheduledPublisher.ActorName, after.UpdatedByName);
        var audit = Assert.Single(await PublishedEntriesAsync(draft.Id, "Regatta goes ahead"));
        Assert.Null(audit.ActorId);
        Assert.Equal(ScheduledPublisher.ActorName, audit.ActorName);
    }

    [Fact]
    public async Task Two_schedulers_running_at_once_publish_each_due_article_exactly_once()
    {
        var articles = Enumerable.Range(1, 50).Select(n => Scheduled($"Backlog story {n}", site.Clock.GetUtcNow().AddMinutes(-n))).ToArray();
        await site.Factory.AddAsync(articles);
        var first = CreateScheduler();
        var second = CreateScheduler();

        await Task.WhenAll(Task.Run(() => first.RunOnceAsync(CancellationToken.None)), Task.Run(() => second.RunOnceAsync(CancellationToken.None)));

        await using var scope = site.Factory.OpenDatabase();
        var ids = articles.Select(a => a.Id).ToList();
        Assert.All(await scope.Db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Status).ToListAsync(), s => Assert.Equal(ArticleStatus.Published, s));
        var subjects = articles.Select(a => ArticleAuditSubject.Of(a.Id, a.Title)).ToList();
        var entries = await scope.Db.AuditEntries.Where(e => e.Action == AuditAction.Published && subjects.Contains(e.Subject)).Select(e => e.Subject).ToListAsync();
        Assert.Equal(50, entries.Count);
        Assert.Equal(subjects.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Article_published_by_the_scheduler_is_on_the_home_page_at_once()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Pier reopens after storm repairs");
        Succeeded(await _newsroom.RunAsync(w => w.ScheduleAsync(editor, draft.Id, draft.Version, SiteLocal(site.Clock.GetUtcNow().AddMinutes(5)))));
        var reader = site.Factory.CreateClient();
        var beforeItIsDue = await reader.GetStringAsync("/");
        var cachedAgain = await reader.GetStringAsync("/");

        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await RunSchedulerAsync();
        var afterPublishing = await reader.GetStringAsync("/");

        Assert.DoesNotContain("Pier reopens after storm repairs", beforeItIsDue, StringComparison.Ordinal);
        Assert.DoesNotContain("Pier reopens after storm repairs", cachedAgain, StringComparison.Ordinal);
        Assert.Contains("Pier reopens after storm repairs", afterPublishing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_and_moved_back_articles_are_left_alone()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor);
        var scheduled = await _newsroom.ArticleInStatusAsync(editor, ArticleStatus.Scheduled);
        Succeeded(await _newsroom.RunAsync(w => w.ReturnToDraftAsync(editor, scheduled.Id, scheduled.Version)));

        site.Clock.Advance(TimeSpan.FromDays(2));
        await RunSchedulerAsync();

        Assert.Equal(ArticleStatus.Draft, (await _newsroom.ArticleAsync(draft.Id)).Status);
        Assert.Equal(ArticleStatus.Draft, (await _newsroom.ArticleAsync(scheduled.Id)).Status);
    }

    /// <summary>The wall-clock time in the site's zone (London, in the template database) an editor would type for <paramref name="instant"/>.</summary>
    private static DateTime SiteLocal(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Web.SiteSettings.SiteTimeZone.Find("Europe/London")).DateTime;

    private ScheduledPublishingWorker CreateScheduler() => ActivatorUtilities.CreateInstance<ScheduledPublishingWorker>(site.Factory.Services);

    private Task RunSchedulerAsync() => CreateScheduler().RunOnceAsync(CancellationToken.None);

    private async Task<List<AuditEntry>> PublishedEntriesAsync(int articleId, string title)
    {
        await using var scope = site.Factory.OpenDatabase();
        var subject = ArticleAuditSubject.Of(articleId, title);
        return await scope.Db.AuditEntries.Where(e => e.Action == AuditAction.Published && e.Subject == subject).ToListAsync();
    }
}
