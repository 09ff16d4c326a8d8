using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>
/// Who has which article open in the editor. The editor's script reports every 20 seconds; nobody
/// says goodbye (a closed tab cannot be relied on to), so whoever has not reported for
/// <see cref="Timeout"/> is taken to have left.
/// </summary>
public sealed class EditingPresence(NewsDbContext db, SiteSettingsCache siteSettings, TimeProvider time)
{
    /// <summary>Three missed reports.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Records that <paramref name="actor"/> has the article open now, and says who else has, with
    /// the time (in the site's time zone) each began; null when nobody else has.
    /// </summary>
    public async Task<string?> RecordAsync(StaffActor actor, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var leftBefore = now - Timeout;
        // One row per article and person, kept up to date in a single statement; a spell of editing
        // starts again after its row has timed out.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO article_editing_presence AS p (article_id, user_id, display_name, started_at, last_seen_at)
            VALUES ({articleId}, {actor.Id}, {actor.DisplayName}, {now}, {now})
            ON CONFLICT (article_id, user_id) DO UPDATE
            SET display_name = excluded.display_name, last_seen_at = excluded.last_seen_at,
                started_at = CASE WHEN p.last_seen_at < {leftBefore} THEN excluded.started_at ELSE p.started_at END
            """, cancellationToken);
        var others = await db.ArticleEditingPresence.AsNoTracking()
            .Where(p => p.ArticleId == articleId && p.UserId != actor.Id && p.LastSeenAt >= leftBefore)
            .OrderBy(p => p.StartedAt)
            .Select(p => new { p.DisplayName, p.StartedAt })
            .ToListAsync(cancellationToken);
        if (others.Count == 0)
        {
            return null;
        }
        var frame = await siteSettings.GetAsync(cancellationToken);
        return string.Join(' ', others.Select(o => $"{o.DisplayName} is also editing this article (since {StaffTime.Format(o.StartedAt, frame.TimeZone)})."));
    }
}
