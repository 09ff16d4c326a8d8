using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Revisions;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Taxonomy;
using Npgsql;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// Everything the editors' pages do to articles, with the role rules of <see cref="WorkflowRules"/>
/// enforced here, on the server, whatever a page shows or hides. Every change names the version
/// of the article its editor loaded: a change made by someone else since then is reported, and
/// nothing is overwritten. Each content save appends a revision; publishing, withdrawing and
/// deleting are written to the audit log in the same transaction. Only Editors choose what is
/// featured on the home page: an Author's save leaves those fields as they were. Each operation starts from what
/// the database holds now, so it detaches whatever the context was tracking.
/// </summary>
public sealed class ArticleWorkflow(
    NewsDbContext db, ArticleInputValidator validator, TagResolver tags, AuditLog audit, SiteSettingsCache siteSettings, TimeProvider time)
{
    /// <summary>The key of messages about the time given to <see cref="ScheduleAsync"/>.</summary>
    public const string PublishAtField = "PublishAt";

    private const string SlugIndex = "ix_articles_slug";

    /// <summary>A new draft, owned by <paramref name="actor"/>; its first revision is saved with it.</summary>
    public async Task<WorkflowResult<SavedArticle>> CreateAsync(StaffActor actor, ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        db.ChangeTracker.Clear();
        if (WorkflowRules.RefusalToCreate(actor) is { } refusal)
        {
            return WorkflowResult.Refused<SavedArticle>(refusal);
        }
        await FillHeroTextAsync(input, previousHeroImageId: null, cancellationToken);
        var errors = await validator.ValidateAsync(input, articleId: null, cancellationToken);
        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid<SavedArticle>(errors);
        }
        var now = time.GetUtcNow();
        var article = new Article { Title = "", Slug = "", Status = ArticleStatus.Draft, CreatedById = actor.Id, CreatedAt = now };
        input.ApplyTo(article, mayFeature: actor.IsEditor);
        await SetTagsAsync(article, input, cancellationToken);
        Touch(article, actor, now);
        db.Articles.Add(article);
        db.ArticleRevisions.Add(Revision(article, 1, actor.Id, actor.DisplayName, now));
        return await CommitAsync(article, revisionNumber: 1, cancellationToken);
    }

    /// <summary>Saves the form over the article, whatever its status: a published article stays published, updated.</summary>
    public async Task<WorkflowResult<SavedArticle>> SaveAsync(
        StaffActor actor, int articleId, uint version, ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (article, failure) = await LoadAsync(actor, articleId, version, WorkflowAction.Edit, cancellationToken);
        if (article is null)
        {
            return failure!;
        }
        await FillHeroTextAsync(input, article.HeroImageId, cancellationToken);
        var errors = await validator.ValidateAsync(input, articleId, cancellationToken);
        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid<SavedArticle>(errors);
        }
        var now = time.GetUtcNow();
        // Loaded before the first revision is made from the article as it was.
        await db.Entry(article).Collection(a => a.Tags).LoadAsync(cancellationToken);
        var number = await NextRevisionNumberAsync(article, cancellationToken);
        input.ApplyTo(article, mayFeature: actor.IsEditor);
        await SetTagsAsync(article, input, cancellationToken);
        Touch(article, actor, now);
        db.ArticleRevisions.Add(Revision(article, number, actor.Id, actor.DisplayName, now));
        return await CommitAsync(article, number, cancellationToken);
    }

    /// <summary>
    /// Saves the title, summary, text, tags and hero image of an earlier revision as the article's
    /// current ones: a save like any other, with the same rules, that appends a new revision.
    /// </summary>
    public async Task<WorkflowResult<SavedArticle>> RestoreRevisionAsync(
        StaffActor actor, int articleId, uint version, int revisionNumber, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == revisionNumber, cancellationToken);
        if (article is null || revision is null)
        {
            return WorkflowResult.Refused<SavedArticle>(
                string.Create(CultureInfo.InvariantCulture, $"This article has no revision {revisionNumber}."));
        }
        var input = ArticleInput.From(article);
        input.Title = revision.Title;
        input.Summary = revision.Summary;
        input.BodyMarkdown = revision.BodyMarkdown;
        input.Tags = TagList.Format(revision.TagNames);
        (input.HeroImageId, input.HeroAltText, input.HeroCaption, input.HeroCredit) =
            (revision.HeroImageId, revision.HeroAltText, revision.HeroCaption, revision.HeroCredit);
        return await SaveAsync(actor, articleId, version, input, cancellationToken);
    }

    public Task<WorkflowResult<SavedArticle>> SubmitForReviewAsync(StaffActor actor, int articleId, uint version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(actor, articleId, version, WorkflowAction.SubmitForReview, auditAs: null, (article, _) =>
        {
            article.Status = ArticleStatus.InReview;
            return null;
        }, cancellationToken);

    /// <summary>Public at once, dated now.</summary>
    public Task<WorkflowResult<SavedArticle>> PublishNowAsync(StaffActor actor, int articleId, uint version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(actor, articleId, version, WorkflowAction.Publish, AuditAction.Published, (article, now) =>
        {
            article.Status = ArticleStatus.Published;
            article.PublishedAt = now;
            return null;
        }, cancellationToken);

    /// <summary>
    /// Published by the <see cref="ScheduledPublishingWorker"/> at <paramref name="localPublishAt"/>,
    /// a wall-clock time in the site's time zone, converted as <see cref="SiteTimeZone.TryToInstant"/>
    /// says: a time the clocks skip is refused, a time that happens twice means its first occurrence.
    /// </summary>
    public async Task<WorkflowResult<SavedArticle>> ScheduleAsync(
        StaffActor actor, int articleId, uint version, DateTime localPublishAt, CancellationToken cancellationToken = default)
    {
        var zone = (await siteSettings.GetAsync(cancellationToken)).TimeZone;
        var shown = localPublishAt.ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.InvariantCulture);
        return await ChangeStatusAsync(actor, articleId, version, WorkflowAction.Schedule, auditAs: null, (article, now) =>
        {
            if (!SiteTimeZone.TryToInstant(localPublishAt, zone, out var publishAt))
            {
                return $"{shown} does not exist in the site's time zone ({zone.Id}): the clocks go forward then. Choose another time.";
            }
            if (publishAt <= now)
            {
                return $"{shown} has already passed. Choose a time in the future, or publish now.";
            }
            article.Status = ArticleStatus.Scheduled;
            article.PublishedAt = publishAt;
            return null;
        }, cancellationToken);
    }

    /// <summary>Off the public site: its address answers 410 Gone.</summary>
    public Task<WorkflowResult<SavedArticle>> WithdrawAsync(StaffActor actor, int articleId, uint version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(actor, articleId, version, WorkflowAction.Withdraw, AuditAction.Withdrawn, (article, _) =>
        {
            article.Status = ArticleStatus.Withdrawn;
            return null;
        }, cancellationToken);

    /// <summary>Back to draft; a scheduled time is forgotten, so a draft never has a publication time.</summary>
    public Task<WorkflowResult<SavedArticle>> ReturnToDraftAsync(StaffActor actor, int articleId, uint version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(actor, articleId, version, WorkflowAction.ReturnToDraft, auditAs: null, (article, _) =>
        {
            article.Status = ArticleStatus.Draft;
            article.PublishedAt = null;
            return null;
        }, cancellationToken);

    /// <summary>Deletes the article and its revisions.</summary>
    public async Task<WorkflowResult> DeleteAsync(StaffActor actor, int articleId, uint version, CancellationToken cancellationToken = default) =>
        (await ChangeStatusAsync(actor, articleId, version, WorkflowAction.Delete, AuditAction.Deleted, (article, _) =>
        {
            db.Articles.Remove(article);
            return null;
        }, cancellationToken)).WithoutValue();

    /// <summary>
    /// Loads the article, checks the rules and the version, then lets <c>change</c> make the change
    /// or say why the time it was given will not do, and saves it with its audit entry.
    /// </summary>
    private async Task<WorkflowResult<SavedArticle>> ChangeStatusAsync(
        StaffActor actor, int articleId, uint version, WorkflowAction action, AuditAction? auditAs,
        Func<Article, DateTimeOffset, string?> change, CancellationToken cancellationToken)
    {
        var (article, failure) = await LoadAsync(actor, articleId, version, action, cancellationToken);
        if (article is null)
        {
            return failure!;
        }
        var now = time.GetUtcNow();
        Touch(article, actor, now);
        if (change(article, now) is { } refusal)
        {
            return WorkflowResult.Invalid<SavedArticle>(new Dictionary<string, IReadOnlyList<string>> { [PublishAtField] = [refusal] });
        }
        if (auditAs is { } auditAction)
        {
            audit.Add(auditAction, ArticleAuditSubject.Of(article.Id, article.Title), actor.Id, actor.DisplayName);
        }
        return await CommitAsync(article, revisionNumber: null, cancellationToken);
    }

    /// <summary>The article, tracked, when the actor may do the action to it and it is still the version they saw.</summary>
    private async Task<(Article? Article, WorkflowResult<SavedArticle>? Failure)> LoadAsync(
        StaffActor actor, int articleId, uint version, WorkflowAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.ChangeTracker.Clear();
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return (null, WorkflowResult.Refused<SavedArticle>("This article does not exist; it may have been deleted."));
        }
        if (WorkflowRules.Refusal(actor, article, action) is { } refusal)
        {
            return (null, WorkflowResult.Refused<SavedArticle>(refusal));
        }
        if (article.Version != version)
        {
            return (null, WorkflowResult.Refused<SavedArticle>(await ConflictMessageAsync(article.UpdatedByName, article.UpdatedAt, cancellationToken)));
        }
        return (article, null);
    }

    /// <summary>
    /// The number of the revision this save appends. An article that has none yet (written before
    /// the workflow, or added by other means) first gets one holding the text it has now, so that
    /// text can be compared and restored too.
    /// </summary>
    private async Task<int> NextRevisionNumberAsync(Article article, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0)
        {
            db.ArticleRevisions.Add(Revision(article, ++last, savedById: null, article.UpdatedByName, article.UpdatedAt));
        }
        return last + 1;
    }

    private async Task<WorkflowResult<SavedArticle>> CommitAsync(Article article, int? revisionNumber, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkflowResult.Success(SavedArticle.Of(article, revisionNumber));
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between this operation's read and its write: the UPDATE matched no row of the version read.
            return await ConflictAsync(article.Id, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // Checked before saving, but another save may have taken the slug, or the next revision number, just before this one.
            return unique.ConstraintName == SlugIndex
                ? WorkflowResult.Invalid<SavedArticle>(new Dictionary<string, IReadOnlyList<string>>
                {
                    [nameof(ArticleInput.Slug)] = [ArticleInputValidator.SlugTakenMessage(article.Slug, otherTitle: null)],
                })
                : await ConflictAsync(article.Id, cancellationToken);
        }
        finally
        {
            // Nothing half-saved stays tracked for whatever the caller does next.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<WorkflowResult<SavedArticle>> ConflictAsync(int articleId, CancellationToken cancellationToken)
    {
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.UpdatedByName, a.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        return WorkflowResult.Refused<SavedArticle>(current is null
            ? "This article was deleted by someone else after you opened it. Nothing was saved; your text is kept."
            : await ConflictMessageAsync(current.UpdatedByName, current.UpdatedAt, cancellationToken));
    }

    private async Task<string> ConflictMessageAsync(string changedBy, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var local = (await siteSettings.GetAsync(cancellationToken)).Local(changedAt);
        var who = changedBy.Length > 0 ? changedBy : "someone else";
        return string.Create(CultureInfo.InvariantCulture,
            $"This article was changed by {who} at {local:HH:mm 'on' d MMMM yyyy}, after you opened it. Nothing was saved; your text is kept. Reload the article to see that change, then make yours again.");
    }

    /// <summary>A newly chosen library image lends its own words to the ones the form left empty.</summary>
    private async Task FillHeroTextAsync(ArticleInput input, int? previousHeroImageId, CancellationToken cancellationToken)
    {
        if (input.HeroImageId is { } chosenId
            && await db.MediaAssets.AsNoTracking().SingleOrDefaultAsync(m => m.Id == chosenId, cancellationToken) is { } chosen)
        {
            input.FillHeroTextFrom(chosen, previousHeroImageId);
        }
    }

    /// <summary>The typed tags, found or created, become the article's; <paramref name="article"/>'s own must be loaded.</summary>
    private async Task SetTagsAsync(Article article, ArticleInput input, CancellationToken cancellationToken)
    {
        var wanted = await tags.ResolveAsync(input.TagNames, cancellationToken);
        article.Tags.RemoveAll(t => !wanted.Contains(t));
        article.Tags.AddRange(wanted.Where(t => !article.Tags.Contains(t)));
    }

    private static void Touch(Article article, StaffActor actor, DateTimeOffset now)
    {
        article.UpdatedAt = now;
        article.UpdatedByName = actor.DisplayName;
    }

    private static ArticleRevision Revision(Article article, int number, string? savedById, string savedByName, DateTimeOffset savedAt) => new()
    {
        Article = article,
        Number = number,
        Title = article.Title,
        Summary = article.Summary,
        BodyMarkdown = article.BodyMarkdown,
        TagNames = [.. article.Tags.Select(t => t.Name)],
        HeroImageId = article.HeroImageId,
        HeroAltText = article.HeroAltText,
        HeroCaption = article.HeroCaption,
        HeroCredit = article.HeroCredit,
        SavedById = savedById,
        SavedByName = savedByName,
        SavedAt = savedAt,
    };
}
