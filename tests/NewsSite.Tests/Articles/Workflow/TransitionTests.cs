using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Audit;
using NewsSite.Web.Slugs;
using static NewsSite.Tests.Articles.Workflow.Newsroom;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>Every step an editor can take from every status, and what it leaves behind.</summary>
public class TransitionTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    private readonly Newsroom _newsroom = site.Newsroom;

    [Theory]
    [InlineData(ArticleStatus.Draft, WorkflowAction.SubmitForReview, ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Draft, WorkflowAction.Publish, ArticleStatus.Published)]
    [InlineData(ArticleStatus.Draft, WorkflowAction.Schedule, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.InReview, WorkflowAction.Publish, ArticleStatus.Published)]
    [InlineData(ArticleStatus.InReview, WorkflowAction.Schedule, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.InReview, WorkflowAction.ReturnToDraft, ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Scheduled, WorkflowAction.Schedule, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Scheduled, WorkflowAction.Publish, ArticleStatus.Published)]
    [InlineData(ArticleStatus.Scheduled, WorkflowAction.ReturnToDraft, ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Published, WorkflowAction.Withdraw, ArticleStatus.Withdrawn)]
    [InlineData(ArticleStatus.Withdrawn, WorkflowAction.Publish, ArticleStatus.Published)]
    [InlineData(ArticleStatus.Withdrawn, WorkflowAction.Schedule, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Withdrawn, WorkflowAction.ReturnToDraft, ArticleStatus.Draft)]
    public async Task Editor_moves_an_article_between_statuses(ArticleStatus from, WorkflowAction action, ArticleStatus to)
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor, "Desk Editor");
        var article = await _newsroom.ArticleInStatusAsync(editor, from);

        var result = Succeeded(await ActAsync(editor, article, action));

        var stored = await _newsroom.ArticleAsync(article.Id);
        Assert.Equal(to, result.Status);
        Assert.Equal(to, stored.Status);
        Assert.Equal(stored.Version, result.Version);
        Assert.NotEqual(article.Version, result.Version);
        Assert.Equal("Desk Editor", stored.UpdatedByName);
        Assert.Equal(site.Clock.GetUtcNow(), stored.UpdatedAt);
        var expectedPublishedAt = to switch
        {
            ArticleStatus.Draft or ArticleStatus.InReview => null,
            ArticleStatus.Scheduled => (DateTimeOffset?)Tomorrow,
            ArticleStatus.Withdrawn => article.PublishedAt,
            _ => site.Clock.GetUtcNow(),
        };
        Assert.Equal(expectedPublishedAt, stored.PublishedAt);
    }

    [Theory]
    [InlineData(ArticleStatus.InReview, WorkflowAction.SubmitForReview, "This article is already in review.")]
    [InlineData(ArticleStatus.Scheduled, WorkflowAction.SubmitForReview, "This article is scheduled, so it cannot be submitted for review.")]
    [InlineData(ArticleStatus.Published, WorkflowAction.SubmitForReview, "This article is published, so it cannot be submitted for review.")]
    [InlineData(ArticleStatus.Withdrawn, WorkflowAction.SubmitForReview, "This article is withdrawn, so it cannot be submitted for review.")]
    [InlineData(ArticleStatus.Published, WorkflowAction.Publish, "This article is already published.")]
    [InlineData(ArticleStatus.Published, WorkflowAction.Schedule, "This article is published, so it cannot be scheduled.")]
    [InlineData(ArticleStatus.Draft, WorkflowAction.Withdraw, "This article is a draft, so it cannot be withdrawn.")]
    [InlineData(ArticleStatus.InReview, WorkflowAction.Withdraw, "This article is in review, so it cannot be withdrawn.")]
    [InlineData(ArticleStatus.Scheduled, WorkflowAction.Withdraw, "This article is scheduled, so it cannot be withdrawn.")]
    [InlineData(ArticleStatus.Withdrawn, WorkflowAction.Withdraw, "This article is already withdrawn.")]
    [InlineData(ArticleStatus.Draft, WorkflowAction.ReturnToDraft, "This article is already a draft.")]
    [InlineData(ArticleStatus.Published, WorkflowAction.ReturnToDraft, "This article is published, so it cannot be moved back to draft.")]
    [InlineData(ArticleStatus.Published, WorkflowAction.Delete, "This article is published, so it cannot be deleted.")]
    public async Task Step_the_status_does_not_allow_is_refused_and_changes_nothing(ArticleStatus from, WorkflowAction action, string message)
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var article = await _newsroom.ArticleInStatusAsync(editor, from);

        var result = await ActAsync(editor, article, action);

        Refused(result, message);
        var stored = await _newsroom.ArticleAsync(article.Id);
        Assert.Equal(from, stored.Status);
        Assert.Equal(article.Version, stored.Version);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Withdrawn)]
    public async Task Editor_deletes_an_unpublished_article_with_its_revisions_and_the_audit_log_says_so(ArticleStatus from)
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var article = await _newsroom.ArticleInStatusAsync(editor, from);

        var result = await _newsroom.RunAsync(w => w.DeleteAsync(editor, article.Id, article.Version));

        Assert.True(result.Succeeded, result.ToString());
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Articles.AnyAsync(a => a.Id == article.Id));
        Assert.False(await scope.Db.ArticleRevisions.AnyAsync(r => r.ArticleId == article.Id));
        Assert.Equal(1, await AuditCountAsync(AuditAction.Deleted, article.Id, editor));
    }

    [Fact]
    public async Task Publishing_and_withdrawing_are_audited_and_the_public_address_follows()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Lifeboat crew rescues three");
        var reader = site.Factory.CreateClient();
        var path = await PublicPathAsync(draft.Id);
        var beforePublishing = await reader.GetAsync(path);

        var published = Succeeded(await _newsroom.RunAsync(w => w.PublishNowAsync(editor, draft.Id, draft.Version)));
        var whilePublished = await reader.GetAsync(path);
        Succeeded(await _newsroom.RunAsync(w => w.WithdrawAsync(editor, published.Id, published.Version)));
        var afterWithdrawal = await reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whilePublished.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, afterWithdrawal.StatusCode);
        Assert.Equal(1, await AuditCountAsync(AuditAction.Published, draft.Id, editor));
        Assert.Equal(1, await AuditCountAsync(AuditAction.Withdrawn, draft.Id, editor));
    }

    [Fact]
    public async Task Editor_updates_a_published_article_which_stays_published()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);
        var published = await _newsroom.ArticleInStatusAsync(editor, ArticleStatus.Published);
        var input = await _newsroom.InputAsync("Corrected headline", "Corrected text.");

        var saved = Succeeded(await _newsroom.RunAsync(w => w.SaveAsync(editor, published.Id, published.Version, input)));

        var stored = await _newsroom.ArticleAsync(published.Id);
        Assert.Equal(ArticleStatus.Published, saved.Status);
        Assert.Equal("Corrected headline", stored.Title);
        Assert.Contains("Corrected text.", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(published.PublishedAt, stored.PublishedAt);
    }

    [Fact]
    public async Task Acting_on_an_article_that_does_not_exist_is_refused_with_a_message()
    {
        var editor = await _newsroom.StaffAsync(StaffRoles.Editor);

        Refused(await _newsroom.RunAsync(w => w.PublishNowAsync(editor, int.MaxValue, 1)), "This article does not exist");
    }

    private DateTimeOffset Tomorrow => site.Clock.GetUtcNow().AddDays(1);

    private Task<WorkflowResult<SavedArticle>> ActAsync(StaffActor editor, SavedArticle article, WorkflowAction action) => action switch
    {
        WorkflowAction.SubmitForReview => _newsroom.RunAsync(w => w.SubmitForReviewAsync(editor, article.Id, article.Version)),
        WorkflowAction.Publish => _newsroom.RunAsync(w => w.PublishNowAsync(editor, article.Id, article.Version)),
        // The fixtures' site zone is London, an hour ahead of UTC in June: the local time an hour on is the instant a day ahead.
        WorkflowAction.Schedule => _newsroom.RunAsync(w => w.ScheduleAsync(editor, article.Id, article.Version, Tomorrow.AddHours(1).UtcDateTime)),
        WorkflowAction.Withdraw => _newsroom.RunAsync(w => w.WithdrawAsync(editor, article.Id, article.Version)),
        WorkflowAction.ReturnToDraft => _newsroom.RunAsync(w => w.ReturnToDraftAsync(editor, article.Id, article.Version)),
        WorkflowAction.Delete => DeleteAsync(editor, article),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Delete reports no article; the refusal is what these tests look at.</summary>
    private async Task<WorkflowResult<SavedArticle>> DeleteAsync(StaffActor editor, SavedArticle article)
    {
        var result = await _newsroom.RunAsync(w => w.DeleteAsync(editor, article.Id, article.Version));
        return result.Succeeded ? WorkflowResult.Success(article) : WorkflowResult.Invalid<SavedArticle>(result.Errors);
    }

    private async Task<int> AuditCountAsync(AuditAction action, int articleId, StaffActor actor)
    {
        await using var scope = site.Factory.OpenDatabase();
        var title = await scope.Db.Articles.Where(a => a.Id == articleId).Select(a => a.Title).SingleOrDefaultAsync() ?? "Test story";
        var subject = ArticleAuditSubject.Of(articleId, title);
        return await scope.Db.AuditEntries.CountAsync(e => e.Action == action && e.Subject == subject && e.ActorId == actor.Id && e.ActorName == actor.DisplayName);
    }

    private async Task<string> PublicPathAsync(int articleId)
    {
        await using var scope = site.Factory.OpenDatabase();
        var article = await scope.Db.Articles.Include(a => a.Section).SingleAsync(a => a.Id == articleId);
        return PublicUrls.Article(article.Section!.Slug, article.Slug);
    }
}
