using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Newsletters.Editions;

/// <summary>
/// Editors' changes to an edition before it is released: its subject and intro, the order of its
/// articles, and which to leave out. A released edition cannot change, even by an edit that
/// started just before the release (the edition's row is locked for each change).
/// </summary>
public sealed class EditionEditor(NewsDbContext db)
{
    public Task<DigestChange> SetSubjectAsync(long editionId, string? subject, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(editionId, edition =>
        {
            var trimmed = subject?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                return "Enter a subject.";
            }
            if (trimmed.Length > DigestEdition.SubjectMaxLength)
            {
                return $"The subject can be at most {DigestEdition.SubjectMaxLength} characters.";
            }
            edition.Subject = trimmed;
            return null;
        }, cancellationToken);

    public Task<DigestChange> SetIntroAsync(long editionId, string? intro, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(editionId, edition =>
        {
            var trimmed = intro?.Trim() ?? "";
            if (trimmed.Length > DigestEdition.IntroMaxLength)
            {
                return $"The intro can be at most {DigestEdition.IntroMaxLength} characters.";
            }
            edition.Intro = trimmed;
            return null;
        }, cancellationToken);

    /// <summary>Puts the edition's articles in the order given, which must name each of them once.</summary>
    public Task<DigestChange> ReorderAsync(long editionId, IReadOnlyList<int> articleIds, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(editionId, edition =>
        {
            ArgumentNullException.ThrowIfNull(articleIds);
            var current = edition.Articles.Select(a => a.ArticleId).Order();
            if (!articleIds.Order().SequenceEqual(current))
            {
                return "The edition's articles changed meanwhile; reload it and order them again.";
            }
            var byId = edition.Articles.ToDictionary(a => a.ArticleId);
            for (var i = 0; i < articleIds.Count; i++)
            {
                byId[articleIds[i]].Position = i + 1;
            }
            return null;
        }, cancellationToken);

    /// <summary>Moves an article one place up (<paramref name="by"/> below 0) or down (above 0).</summary>
    public async Task<DigestChange> MoveArticleAsync(long editionId, int articleId, int by, CancellationToken cancellationToken = default)
    {
        var order = await db.DigestEditionArticles.Where(a => a.EditionId == editionId).OrderBy(a => a.Position).Select(a => a.ArticleId).ToListAsync(cancellationToken);
        var from = order.IndexOf(articleId);
        var to = from + Math.Sign(by);
        if (from < 0 || to < 0 || to >= order.Count)
        {
            return new DigestChange("That article cannot move that way.");
        }
        (order[from], order[to]) = (order[to], order[from]);
        // Under the edition's lock, the reorder checks that its articles did not change since they were read here.
        return await ReorderAsync(editionId, order, cancellationToken);
    }

    /// <summary>Leaves an article out; those after it move up.</summary>
    public Task<DigestChange> RemoveArticleAsync(long editionId, int articleId, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(editionId, edition =>
        {
            var dropped = edition.Articles.SingleOrDefault(a => a.ArticleId == articleId);
            if (dropped is null)
            {
                return "That article is not in the edition.";
            }
            edition.Articles.Remove(dropped);
            var position = 1;
            foreach (var kept in edition.Articles.OrderBy(a => a.Position))
            {
                kept.Position = position++;
            }
            return null;
        }, cancellationToken);

    /// <summary>Applies <paramref name="change"/> (which returns an error message or null) to a locked draft.</summary>
    private Task<DigestChange> ChangeDraftAsync(long editionId, Func<DigestEdition, string?> change, CancellationToken cancellationToken) =>
        LockedEdition.RunAsync(db, editionId, async (edition, token) =>
        {
            if (edition is null)
            {
                return new DigestChange("That edition does not exist.");
            }
            if (edition.Status != DigestEditionStatus.Draft)
            {
                return new DigestChange("This edition has been released and can no longer be changed.");
            }
            await db.Entry(edition).Collection(e => e.Articles).LoadAsync(token);
            var error = change(edition);
            if (error is not null)
            {
                return new DigestChange(error);
            }
            await db.SaveChangesAsync(token);
            return DigestChange.Done;
        }, cancellationToken);
}
