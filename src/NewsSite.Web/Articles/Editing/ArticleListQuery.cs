using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Editing;

/// <summary>What the admin article list can be narrowed to.</summary>
public sealed record ArticleListFilter(ArticleStatus? Status, int? SectionId, int? AuthorId, string Title, int Page);

/// <summary>One row of the admin article list.</summary>
public sealed record ArticleListRow(int Id, string Title, ArticleStatus Status, string SectionName, string AuthorName, DateTimeOffset UpdatedAt, string UpdatedByName, DateTimeOffset? PublishedAt);

public sealed record ArticleListPage(IReadOnlyList<ArticleListRow> Rows, int Page, int PageCount, int TotalCount);

/// <summary>
/// The admin area's list of articles, newest change first. Editors see every article; an Author
/// sees the articles they created, the only ones they may work on.
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
        var total = await articles.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await articles
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.Section!.Name, a.Author!.Name, a.UpdatedAt, a.UpdatedByName, a.PublishedAt))
            .ToListAsync(cancellationToken);
        return new ArticleListPage(rows, page, pageCount, total);
    }

    /// <summary>A reader's % or _ is a character to find, not a wildcard.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
