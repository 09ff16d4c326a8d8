using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
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
/// (updated_at, id): an index per filter serves each page without reading past it, and no total
/// is counted, however large the archive.
/// </summary>
public sealed class ArticleListQuery(NewsDbContext db)
{
    public const int PageSize = 25;
    public const int MaxTitleSearchLength = 200;

    /// <summary>
    /// How many of the next changes a title search reads in list order before it turns to the trigram
    /// index. A word common enough to fill a page is found among them at once; a rarer one has few
    /// matches in all, which the trigram index finds and PostgreSQL sorts. Either way no search reads
    /// more than a few thousand rows, where one plan for every word would read the whole archive
    /// for one kind of word or the other.
    /// </summary>
    private const int TitleScanWindow = 5_000;

    public async Task<ArticleListPage> LoadAsync(StaffActor actor, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var title = filter.Title.Trim();
        var pattern = title.Length == 0 ? null : "%" + EscapeLike(title.Length > MaxTitleSearchLength ? title[..MaxTitleSearchLength] : title) + "%";
        var older = await KeysAsync(actor, filter, pattern, newestFirst: true, cancellationToken);
        var newer = filter.Before is null ? [] : await KeysAsync(actor, filter, pattern, newestFirst: false, cancellationToken);
        var ids = older.Take(PageSize).Select(k => k.Id).ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.Section!.Name, a.Author!.Name, a.UpdatedAt, a.UpdatedByName, a.PublishedAt))
            .ToListAsync(cancellationToken);
        return new ArticleListPage(
            rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).ToList(),
            KeysetPageLinks.Of(filter.Before, older, newer, PageSize));
    }

    /// <summary>The keys of the page and one more: older than the cursor, newest first, or (for the "Newer" link) from the cursor on, oldest first.</summary>
    private async Task<List<KeysetCursor>> KeysAsync(StaffActor actor, ArticleListFilter filter, string? pattern, bool newestFirst, CancellationToken cancellationToken)
    {
        var narrowed = Narrowed(db.Articles, actor, filter, newestFirst);
        if (pattern is null)
        {
            return await Page(narrowed, newestFirst).ToListAsync(cancellationToken);
        }
        var recent = Ordered(narrowed, newestFirst).Take(TitleScanWindow).Where(a => EF.Functions.ILike(a.Title, pattern, "\\"));
        var found = await Page(recent, newestFirst).ToListAsync(cancellationToken);
        if (found.Count > PageSize)
        {
            return found;
        }
        // OFFSET 0 keeps PostgreSQL from merging the other conditions into this scan: it reads the
        // trigram index alone, rather than and-ing it with a bitmap of a whole section or date range.
        var matches = db.Articles.FromSql($"SELECT * FROM articles WHERE title ILIKE {pattern} ESCAPE '\\' OFFSET 0");
        return await Page(Narrowed(matches, actor, filter, newestFirst), newestFirst).ToListAsync(cancellationToken);
    }

    private static IQueryable<Article> Narrowed(IQueryable<Article> articles, StaffActor actor, ArticleListFilter filter, bool newestFirst)
    {
        articles = articles.AsNoTracking();
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
        return filter.Before is not { } cursor ? articles
            : newestFirst ? articles.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.UpdatedAt, a.Id), ValueTuple.Create(cursor.Time, cursor.Id)))
            : articles.Where(a => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(a.UpdatedAt, a.Id), ValueTuple.Create(cursor.Time, cursor.Id)));
    }

    private static IQueryable<Article> Ordered(IQueryable<Article> articles, bool newestFirst) => newestFirst
        ? articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
        : articles.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id);

    private static IQueryable<KeysetCursor> Page(IQueryable<Article> articles, bool newestFirst) =>
        Ordered(articles, newestFirst).Take(PageSize + 1).Select(a => new KeysetCursor(a.UpdatedAt, a.Id));

    /// <summary>A reader's % or _ is a character to find, not a wildcard.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
