using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Email;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Releases a draft edition: one delivery row per recipient, written with the edition's new status
/// in one transaction, so the senders see all of them or none. Recipients are the active
/// subscribers of the edition's frequency who chose every section or one of its articles';
/// suppressed addresses are left out. An edition with no article or no recipient is skipped.
/// </summary>
public sealed partial class EditionRelease(NewsDbContext db, SuppressedRecipients suppressed, IOptions<EmailOptions> email, TimeProvider time, ILogger<EditionRelease> logger)
{
    /// <summary>
    /// Above this many copies, the release is a bulk load for PostgreSQL's planner: its statistics
    /// may still describe a table with nothing to send, and senders' claims then sort every queued
    /// copy (30 ms each for 100,000) instead of reading the first few off the claim index.
    /// </summary>
    private const int CopiesWorthNewStatistics = 1000;

    /// <summary>
    /// Queueing 1,000,000 copies takes about 10 s on a busy 2-core server, within reach of the usual
    /// 30 s command timeout; a timeout would roll the release back and retry it from the start.
    /// </summary>
    private static readonly TimeSpan QueueingTimeout = TimeSpan.FromMinutes(5);

    public async Task<ReleaseResult> ReleaseAsync(long editionId, CancellationToken cancellationToken = default)
    {
        var result = await LockedEdition.RunAsync(db, editionId, ReleaseLockedAsync, cancellationToken);
        if (result.Recipients >= CopiesWorthNewStatistics)
        {
            await RefreshStatisticsAsync(cancellationToken);
        }
        return result;
    }

    private async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE digest_deliveries", cancellationToken);
        }
        catch (Npgsql.PostgresException e)
        {
            // The release stands; autovacuum will analyse the table in time, only later.
            LogAnalyzeRefused(logger, e.MessageText);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not analyse digest_deliveries after a large release, so the first claims may be slow: {Reason}")]
    private static partial void LogAnalyzeRefused(ILogger logger, string reason);

    private async Task<ReleaseResult> ReleaseLockedAsync(DigestEdition? edition, CancellationToken cancellationToken)
    {
        if (edition is null)
        {
            return new ReleaseResult(ReleaseOutcome.NotFound, 0);
        }
        if (edition.Status != DigestEditionStatus.Draft)
        {
            return new ReleaseResult(ReleaseOutcome.AlreadyReleased, 0);
        }
        var now = time.GetUtcNow();
        var recipients = await db.DigestEditionArticles.AnyAsync(a => a.EditionId == edition.Id, cancellationToken)
            ? await QueueDeliveriesAsync(edition, now, cancellationToken)
            : 0;
        if (recipients == 0)
        {
            edition.Status = DigestEditionStatus.Skipped;
            edition.CompletedAt = now;
        }
        else
        {
            edition.Status = DigestEditionStatus.Sending;
            edition.ReleasedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ReleaseResult(recipients == 0 ? ReleaseOutcome.Skipped : ReleaseOutcome.Released, recipients);
    }

    private async Task<int> QueueDeliveriesAsync(DigestEdition edition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var excluded = await suppressed.FindAsync(edition.Frequency, cancellationToken);
        var frequency = edition.Frequency.ToString();
        // The Message-ID is fixed here, so a copy sent again after a crash carries the same one.
        var domain = new MailAddress(email.Value.FromAddress).Host;
        var usualTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(QueueingTimeout);
        try
        {
            return await InsertDeliveriesAsync(edition, frequency, domain, now, excluded, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(usualTimeout);
        }
    }

    /// <summary>One statement, PostgreSQL reading the subscribers itself: none of them passes through the site's memory.</summary>
    private Task<int> InsertDeliveriesAsync(DigestEdition edition, string frequency, string domain, DateTimeOffset now, long[] excluded, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO digest_deliveries (edition_id, subscriber_id, status, message_id, attempts, next_attempt_at)
            SELECT {edition.Id}, s.id, 'Queued', 'digest-' || {edition.Id} || '-' || s.id || '@' || {domain}, 0, {now}
            FROM subscribers s
            WHERE s.status = 'Active' AND s.frequency = {frequency}
              AND (cardinality(s.section_ids) = 0 OR s.section_ids && ARRAY(
                  SELECT a.section_id FROM digest_edition_articles ea JOIN articles a ON a.id = ea.article_id
                  WHERE ea.edition_id = {edition.Id}))
              AND s.id <> ALL ({excluded})
            """, cancellationToken);
}

public enum ReleaseOutcome
{
    Released,

    /// <summary>No article, or nobody to send it to: nothing was queued.</summary>
    Skipped,
    AlreadyReleased,
    NotFound,
}

/// <summary>What a release did, and to how many recipients.</summary>
public sealed record ReleaseResult(ReleaseOutcome Outcome, int Recipients);
