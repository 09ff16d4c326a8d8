using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// Publishes the scheduled articles whose time has come, each exactly once however many
/// instances of the site run: one UPDATE claims and publishes them together, skipping rows
/// another instance has locked, and a row another instance has just published no longer matches
/// <c>status = 'Scheduled'</c> when PostgreSQL re-checks it. The audit entries are written in the
/// same transaction, so there is one per article published, never one more or one fewer.
/// </summary>
public sealed class ScheduledPublisher(
    NewsDbContext db, AuditLog audit, PublicContentChanges changes, TimeProvider time, IOptions<ScheduledPublishingOptions> options)
{
    /// <summary>The name the audit log and the article's last change show for the scheduler's work.</summary>
    public const string ActorName = "Scheduler";

    private sealed record PublishedArticle(int Id, string Title);

    /// <returns>How many articles were published.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var published = await db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, PublishBatchAsync);
        if (published > 0)
        {
            // Raw SQL passes the cache-evicting interceptor by, so every node is told here.
            await changes.AnnounceAsync(db);
        }
        return published;
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        // A retried attempt starts again from nothing: the audit entries of a failed one must not linger.
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var scheduled = nameof(ArticleStatus.Scheduled);
        // Publication is dated by the schedule, not by this pass, so readers see the time editors chose.
        var published = await db.Database.SqlQuery<PublishedArticle>($"""
            UPDATE articles
            SET status = {nameof(ArticleStatus.Published)}, updated_at = published_at, updated_by_name = {ActorName}
            WHERE id IN (
                SELECT id FROM articles
                WHERE status = {scheduled} AND published_at <= {now}
                ORDER BY published_at, id
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED)
              AND status = {scheduled}
            RETURNING id, title
            """).ToListAsync(cancellationToken);
        foreach (var article in published)
        {
            audit.Add(AuditAction.Published, ArticleAuditSubject.Of(article.Id, article.Title), actorId: null, ActorName);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published.Count;
    }
}
