using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Slugs;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>Staff and articles for workflow tests; each operation runs in a scope of its own, as each request would.</summary>
public sealed class Newsroom(NewsSiteFactory factory, TimeProvider clock)
{
    /// <summary>A new member of staff, as the sign-in cookie describes them to the pages.</summary>
    public async Task<StaffActor> StaffAsync(string role, string? displayName = null)
    {
        var email = await factory.AddStaffAsync(role, displayName: displayName);
        await using var scope = factory.OpenDatabase();
        var user = await scope.Get<UserManager<StaffUser>>().FindByEmailAsync(email);
        return StaffActor.From(await scope.Get<SignInManager<StaffUser>>().CreateUserPrincipalAsync(user!));
    }

    public async Task<T> RunAsync<T>(Func<ArticleWorkflow, Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = factory.OpenDatabase();
        return await operation(scope.Get<ArticleWorkflow>());
    }

    /// <summary>
    /// A form filled in, in the first section under the first byline. Its slug is made unique, as
    /// tests in a class share a database; a test of slugs clears or sets it.
    /// </summary>
    public async Task<ArticleInput> InputAsync(string title = "Test story", string body = "Some words.")
    {
        await using var scope = factory.OpenDatabase();
        return new ArticleInput
        {
            Title = title,
            Slug = $"{Slug.From(title)}-{Guid.NewGuid():N}",
            Summary = "What happened.",
            BodyMarkdown = body,
            SectionId = await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            AuthorId = await scope.Db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
        };
    }

    public async Task<SavedArticle> DraftAsync(StaffActor by, string title = "Test story", string body = "Some words.")
    {
        var input = await InputAsync(title, body);
        return Succeeded(await RunAsync(w => w.CreateAsync(by, input)));
    }

    /// <summary>A new article, taken through the workflow to <paramref name="status"/> by <paramref name="editor"/>.</summary>
    public async Task<SavedArticle> ArticleInStatusAsync(StaffActor editor, ArticleStatus status) =>
        await MoveAsync(editor, await DraftAsync(editor), status);

    /// <summary>A draft taken to <paramref name="status"/> by <paramref name="editor"/>; a scheduled one is due a day from now.</summary>
    public async Task<SavedArticle> MoveAsync(StaffActor editor, SavedArticle draft, ArticleStatus status)
    {
        ArgumentNullException.ThrowIfNull(draft);
        // A day ahead of the clock is in the future in any of the tests' time zones.
        var tomorrow = clock.GetUtcNow().AddDays(1).UtcDateTime;
        var moved = status switch
        {
            ArticleStatus.Draft => draft,
            ArticleStatus.InReview => Succeeded(await RunAsync(w => w.SubmitForReviewAsync(editor, draft.Id, draft.Version))),
            ArticleStatus.Scheduled => Succeeded(await RunAsync(w => w.ScheduleAsync(editor, draft.Id, draft.Version, tomorrow))),
            ArticleStatus.Published or ArticleStatus.Withdrawn => Succeeded(await RunAsync(w => w.PublishNowAsync(editor, draft.Id, draft.Version))),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        return status == ArticleStatus.Withdrawn
            ? Succeeded(await RunAsync(w => w.WithdrawAsync(editor, moved.Id, moved.Version)))
            : moved;
    }

    /// <summary>An article scheduled by other means than the workflow, for <see cref="TestArticles.AddAsync"/>.</summary>
    public static Article Scheduled(string title, DateTimeOffset publishAt)
    {
        var article = TestArticles.Published(title, publishedAt: publishAt);
        article.Status = ArticleStatus.Scheduled;
        return article;
    }

    public async Task<Article> ArticleAsync(int id)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public static SavedArticle Succeeded(WorkflowResult<SavedArticle> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Succeeded, result.ToString());
        return result.Value!;
    }

    /// <summary>Asserts a refusal with a message containing <paramref name="expected"/>, under <paramref name="field"/>.</summary>
    public static void Refused(WorkflowResult result, string expected, string field = WorkflowResult.ArticleKey)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.False(result.Succeeded);
        Assert.True(result.Errors.TryGetValue(field, out var messages), $"No message for '{field}': {result}");
        Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
    }
}
