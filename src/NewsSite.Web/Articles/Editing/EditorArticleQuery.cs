using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Editing;

/// <summary>The article an admin page is about, as its heading shows it; <see cref="Version"/> goes back with a change.</summary>
public sealed record ArticleHeading(int Id, string Title, ArticleStatus Status, uint Version, DateTimeOffset? PublishedAt);

/// <summary>
/// What the editor and the admin pages about one article read of it, untracked: every change goes
/// through <see cref="Workflow.ArticleWorkflow"/>, which loads the article again under its own rules.
/// </summary>
public sealed class EditorArticleQuery(NewsDbContext db)
{
    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>With its tags, to fill the editor's form.</summary>
    public Task<Article?> FindWithTagsAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The heading, and who created the article (for who may see it); null when there is no such article.</summary>
    public async Task<(ArticleHeading Heading, string? CreatedById)?> FindHeadingAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Heading = new ArticleHeading(a.Id, a.Title, a.Status, a.Version, a.PublishedAt), a.CreatedById })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Heading, found.CreatedById);
    }
}
