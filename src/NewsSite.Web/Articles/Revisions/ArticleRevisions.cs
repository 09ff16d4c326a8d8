using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Revisions;

/// <summary>
/// An article's history: its revisions, and what changed between any two. Restoring one is a
/// save, so it goes through <see cref="Workflow.ArticleWorkflow.RestoreRevisionAsync"/>.
/// </summary>
public sealed class ArticleRevisions(NewsDbContext db)
{
    /// <summary>Newest first.</summary>
    public Task<List<RevisionSummary>> ListAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.Title, r.SavedByName, r.SavedAt))
            .ToListAsync(cancellationToken);

    /// <summary>What changed from revision <paramref name="fromNumber"/> to <paramref name="toNumber"/> (either may be the later); null when either does not exist.</summary>
    public async Task<RevisionComparison?> CompareAsync(int articleId, int fromNumber, int toNumber, CancellationToken cancellationToken = default)
    {
        var revisions = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && (r.Number == fromNumber || r.Number == toNumber))
            .ToDictionaryAsync(r => r.Number, cancellationToken);
        if (!revisions.TryGetValue(fromNumber, out var from) || !revisions.TryGetValue(toNumber, out var to))
        {
            return null;
        }
        return new RevisionComparison(
            Summarise(from),
            Summarise(to),
            TextDiffer.Compare(from.Title, to.Title),
            TextDiffer.Compare(from.Summary, to.Summary),
            TextDiffer.Compare(from.BodyMarkdown, to.BodyMarkdown));
    }

    private static RevisionSummary Summarise(ArticleRevision revision) => new(revision.Number, revision.Title, revision.SavedByName, revision.SavedAt);
}
