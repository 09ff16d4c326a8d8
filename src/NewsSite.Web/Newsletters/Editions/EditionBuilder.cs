using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Makes the edition of a period: the articles published since the previous edition of its
/// frequency ended, newest first. However many instances ask at once, one edition is made per
/// frequency and period: the unique key turns the others' inserts into no-ops.
/// </summary>
public sealed class EditionBuilder(NewsDbContext db, SiteSettingsCache siteSettings, TimeProvider time)
{
    /// <summary>The edition of <paramref name="period"/>, made now unless it exists already.</summary>
    public async Task<DigestEdition> EnsureAsync(DigestPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var frequency = period.Frequency.ToString();
        var subject = await DefaultSubjectAsync(period.Frequency, cancellationToken);
        var firstSince = period.Until - period.Length;
        var now = time.GetUtcNow();
        // One statement, so the edition never exists without its articles.
        await db.Database.ExecuteSqlAsync($"""
            WITH previous AS (
                SELECT max(until) AS until FROM digest_editions WHERE frequency = {frequency} AND until < {period.Until}),
            edition AS (
                INSERT INTO digest_editions (frequency, period_key, status, subject, intro, since, until, created_at)
                SELECT {frequency}, {period.PeriodKey}, 'Draft', {subject}, '', coalesce(previous.until, {firstSince}), {period.Until}, {now}
                FROM previous
                ON CONFLICT (frequency, period_key) DO NOTHING
                RETURNING id, since)
            INSERT INTO digest_edition_articles (edition_id, article_id, position)
            SELECT edition.id, a.id, row_number() OVER (ORDER BY a.published_at DESC, a.id DESC)
            FROM edition
            JOIN articles a ON a.status = 'Published' AND a.published_at > edition.since AND a.published_at <= {period.Until}
            """, cancellationToken);
        return await db.DigestEditions.AsNoTracking()
            .SingleAsync(e => e.Frequency == period.Frequency && e.PeriodKey == period.PeriodKey, cancellationToken);
    }

    private async Task<string> DefaultSubjectAsync(DigestFrequency frequency, CancellationToken cancellationToken)
    {
        var siteName = (await siteSettings.GetAsync(cancellationToken)).Settings.SiteName;
        var subject = $"{siteName}: {(frequency == DigestFrequency.Weekly ? "the week's stories" : "the day's stories")}";
        return subject.Length <= DigestEdition.SubjectMaxLength ? subject : subject[..DigestEdition.SubjectMaxLength];
    }
}
