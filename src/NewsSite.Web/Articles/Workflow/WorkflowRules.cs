using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>The things the workflow does to an article.</summary>
public enum WorkflowAction
{
    Edit,
    SubmitForReview,
    Publish,
    Schedule,
    Withdraw,
    ReturnToDraft,
    Delete,
}

/// <summary>
/// Who may do what, and from which status. An Author works on their own drafts only: edits them
/// and submits them for review. Editors and Admins do everything, to any article, provided the
/// article is in a status the step starts from.
/// </summary>
public static class WorkflowRules
{
    private sealed record Step(string Verb, string Done, bool EditorsOnly, ArticleStatus? Leads, params ArticleStatus[] From);

    private static readonly Dictionary<WorkflowAction, Step> Steps = new()
    {
        [WorkflowAction.Edit] = new("edit articles", "edited", false, null,
            ArticleStatus.Draft, ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Published, ArticleStatus.Withdrawn),
        [WorkflowAction.SubmitForReview] = new("submit articles for review", "submitted for review", false, ArticleStatus.InReview,
            ArticleStatus.Draft),
        [WorkflowAction.Publish] = new("publish articles", "published", true, ArticleStatus.Published,
            ArticleStatus.Draft, ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Withdrawn),
        // From Scheduled, scheduling again moves the time. A published article is withdrawn first.
        [WorkflowAction.Schedule] = new("schedule articles", "scheduled", true, null,
            ArticleStatus.Draft, ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Withdrawn),
        // Only what readers can see is withdrawn (its address then answers 410 Gone); a scheduled article goes back to draft instead.
        [WorkflowAction.Withdraw] = new("withdraw articles", "withdrawn", true, ArticleStatus.Withdrawn,
            ArticleStatus.Published),
        [WorkflowAction.ReturnToDraft] = new("move articles back to draft", "moved back to draft", true, ArticleStatus.Draft,
            ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Withdrawn),
        // A published article is withdrawn first, which leaves its withdrawal in the audit log.
        [WorkflowAction.Delete] = new("delete articles", "deleted", true, null,
            ArticleStatus.Draft, ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Withdrawn),
    };

    private const string StaffOnly = "Only members of staff can work on articles.";

    /// <summary>Any member of staff may start an article, which is then theirs.</summary>
    public static string? RefusalToCreate(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaff ? null : StaffOnly;
    }

    /// <summary>Why <paramref name="actor"/> may not do <paramref name="action"/> to the article now, or null when they may.</summary>
    public static string? Refusal(StaffActor actor, Article article, WorkflowAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(article);
        var step = Steps[action];
        if (!actor.IsStaff)
        {
            return StaffOnly;
        }
        if (!actor.IsEditor)
        {
            if (step.EditorsOnly)
            {
                return $"Only editors can {step.Verb}.";
            }
            if (article.CreatedById != actor.Id)
            {
                return "You can only work on articles you created.";
            }
            if (article.Status != ArticleStatus.Draft)
            {
                return $"This article is {Describe(article.Status)}, so only an editor can change it now.";
            }
        }
        if (step.From.Contains(article.Status))
        {
            return null;
        }
        return article.Status == step.Leads
            ? $"This article is already {Describe(article.Status)}."
            : $"This article is {Describe(article.Status)}, so it cannot be {step.Done}.";
    }

    private static string Describe(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "a draft",
        ArticleStatus.InReview => "in review",
        ArticleStatus.Scheduled => "scheduled",
        ArticleStatus.Published => "published",
        ArticleStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
