using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Renders Markdown to HTML whenever an entity's Markdown is added or changed, so the stored HTML
/// can never drift from its source, whichever page or job saved it.
/// </summary>
public sealed class MarkdownRenderingInterceptor(MarkdownRenderer renderer) : BeforeSaveInterceptor
{
    protected override ValueTask BeforeSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in context.ChangeTracker.Entries<IRendersMarkdown>())
        {
            var markdownChanged = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Property(e => e.BodyMarkdown).IsModified);
            if (markdownChanged)
            {
                entry.Entity.BodyHtml = renderer.ToHtml(entry.Entity.BodyMarkdown);
                if (entry.Entity is ICountsWords counted)
                {
                    counted.WordCount = WordCounter.Count(counted.BodyMarkdown);
                }
            }
        }
        return ValueTask.CompletedTask;
    }
}
