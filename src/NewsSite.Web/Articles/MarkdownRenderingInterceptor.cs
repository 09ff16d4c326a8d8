using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsSite.Web.Articles.Markdown;

namespace NewsSite.Web.Articles;

/// <summary>
/// Renders Markdown to HTML whenever an entity's Markdown is added or changed, so the stored HTML
/// can never drift from its source, whichever page or job saved it.
/// </summary>
public sealed class MarkdownRenderingInterceptor(MarkdownRenderer renderer) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RenderChangedMarkdown(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RenderChangedMarkdown(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void RenderChangedMarkdown(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<IRendersMarkdown>())
        {
            var markdownChanged = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Property(e => e.BodyMarkdown).IsModified);
            if (markdownChanged)
            {
                entry.Entity.BodyHtml = renderer.ToHtml(entry.Entity.BodyMarkdown);
                if (entry.Entity is Article article)
                {
                    article.WordCount = WordCounter.Count(article.BodyMarkdown);
                }
            }
        }
    }
}
