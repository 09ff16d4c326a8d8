using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>The server's copy of what each member of staff is writing, apart from the articles themselves.</summary>
public sealed class ArticleAutosaves(NewsDbContext db, TimeProvider time)
{
    /// <summary>Keeps <paramref name="text"/> as the writer's autosave of the article, replacing their previous one.</summary>
    public async Task StoreAsync(int articleId, string userId, EditorText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = time.GetUtcNow();
        // An upsert, so two of the writer's tabs autosaving at the same moment cannot collide on the key.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO article_autosaves (article_id, user_id, title, summary, body_markdown, saved_at)
            VALUES ({articleId}, {userId}, {text.Title}, {text.Summary}, {text.BodyMarkdown}, {now})
            ON CONFLICT (article_id, user_id) DO UPDATE
            SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown, saved_at = excluded.saved_at
            """, cancellationToken);
    }

    /// <summary>
    /// The writer's autosave of the article when it is worth offering back: made after the article
    /// was last saved (by anyone), and different from what was saved.
    /// </summary>
    public async Task<ArticleAutosave?> WorthOfferingAsync(Article article, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var autosave = await db.ArticleAutosaves.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ArticleId == article.Id && a.UserId == userId, cancellationToken);
        return autosave is not null && autosave.SavedAt > article.UpdatedAt && !autosave.Text.SavesAs(EditorText.Of(article))
            ? autosave
            : null;
    }

    public Task ClearAsync(int articleId, string userId, CancellationToken cancellationToken) =>
        db.ArticleAutosaves.Where(a => a.ArticleId == articleId && a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
