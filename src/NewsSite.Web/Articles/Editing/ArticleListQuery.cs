using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Articles.Editing;

/// <summary>What the admin article list can be narrowed to, and where the page starts (the newest without a cursor).</summary>
public sealed record ArticleListFilter(ArticleStatus? Status, int? SectionId, int? AuthorId, string Title, KeysetCursor? Before);

/// <summary>One row of the admin article list.</summary>
public sealed record ArticleListRow(int Id, string Title, ArticleStatus Status, string SectionName, string AuthorName, DateTimeOffset UpdatedAt, string UpdatedByName, DateTimeOffset? PublishedAt);

/// <summary>One page of the list, with its links to newer and older changes; no total, which would mean counting the archive.</summary>
public sealed record ArticleListPage(IReadOnlyList<ArticleListRow> Rows, KeysetPageLinks Links);

/// <summary>
/// The admin area's list of articles, newest change first. Editors see every article; an Author
/// sees the articles they created, the only ones they may work on. Pages by cursor over
/// (updated_at, id), which an index per filter (and a trigram index for the title) serves
/// without reading past the page, however large the archive.
/// </summary>
public sealed class ArticleListQuery(NewsDbContext db)
{
    public const int PageSize = 25;
    public const int MaxTitleSearchLength = 200;

    public async Task<ArticleListPage> LoadAsync(StaffActor actor, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var articles = db.Articles.AsNoTracking();
        if (!actor.IsEditor)
        {
            articles = articles.Where(a => a.CreatedById == actor.Id);
        }
        if (filter.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }
        if (filter.SectionId is { } sectionId)
        {
            articles = articles.Where(a => a.SectionId == sectionId);
        }
        if (filter.AuthorId is { } authorId)
        {
            articles = articles.Where(a => a.AuthorId == authorId);
        }
        var title = filter.Title.Trim();
        if (title.Length > 0)
        {
            var pattern = "%" + EscapeLike(title.Length > MaxTitleSearchLength ? title[..MaxTitleSearchLength] : title) + "%";
            articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern, "\\"));
        }
        var rows = await (filter.Before is { } before
                ? articles.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.UpdatedAt, a.Id), ValueTuple.Create(before.Time, before.Id)))
                : articles)
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Take(PageSize + 1)
            .Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.Section!.Name, a.Author!.Name, a.UpdatedAt, a.UpdatedByName, a.PublishedAt))
            .ToListAsync(cancellationToken);
        var newer = filter.Before is { } cursor
            ? await articles
                .Where(a => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(a.UpdatedAt, a.Id), ValueTuple.Create(cursor.Time, cursor.Id)))
                .OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id)
                .Take(PageSize + 1)
                .Select(a => new KeysetCursor(a.UpdatedAt, a.Id))
                .ToListAsync(cancellationToken)
            : [];
        var links = KeysetPageLinks.Of(filter.Before, rows.Select(r => new KeysetCursor(r.UpdatedAt, r.Id)).ToList(), newer, PageSize);
        return new ArticleListPage(rows.Take(PageSize).ToList(), links);
    }

    /// <summary>A reader's % or _ is a character to find, not a wildcard.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
