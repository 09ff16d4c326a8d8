using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Taxonomy;

/// <summary>A tag as the tags page lists it.</summary>
public sealed record TagRow(int Id, string Name, string Slug, int ArticleCount);

/// <summary>One page of the tag list, narrowed by what the editor searched for.</summary>
public sealed record TagListPage(IReadOnlyList<TagRow> Rows, int Page, int PageCount, int TotalCount);

/// <summary>What the tags page sends for a new or renamed tag.</summary>
public sealed class TagInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
}

/// <summary>
/// Editors' management of tags: there can be thousands, so the list is searched and paged.
/// Renaming keeps the old <c>/tag/…</c> address as a redirect (see <c>SlugHistoryInterceptor</c>);
/// a tag is deleted only when no article carries it, so no article silently loses a tag.
/// </summary>
public sealed class TagEditor(NewsDbContext db, IArticleUsage usage) : SluggedEntityEditor<Tag, TagInput>(db)
{
    public const int MaxNameLength = 80;
    public const int MaxSearchLength = 80;
    public const int PageSize = 50;

    protected override string What => "tag";

    public async Task<TagListPage> ListAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var tags = Db.Tags.AsNoTracking();
        var term = (search ?? "").Trim();
        if (term.Length > 0)
        {
            term = term.Length > MaxSearchLength ? term[..MaxSearchLength] : term;
            // A \, % or _ the editor typed is a character to find, not a wildcard.
            var pattern = "%" + Regex.Replace(term, @"[\\%_]", @"\$0") + "%";
            tags = tags.Where(t => EF.Functions.ILike(t.Name, pattern, "\\") || EF.Functions.ILike(t.Slug, pattern, "\\"));
        }
        var total = await tags.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await tags.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(t => new TagRow(t.Id, t.Name, t.Slug, 0))
            .ToListAsync(cancellationToken);
        var counts = await usage.CountAsync(SlugKind.Tag, rows.ConvertAll(r => r.Id), cancellationToken);
        return new TagListPage(rows.ConvertAll(r => r with { ArticleCount = counts.GetValueOrDefault(r.Id) }), current, pageCount, total);
    }

    protected override Tag CreateEmpty() => new() { Name = "", Slug = "" };

    protected override async Task<IReadOnlyList<string>> ApplyAsync(Tag entity, TagInput input, CancellationToken cancellationToken)
    {
        var typed = NameAndSlug.From(input.Name, input.Slug, MaxNameLength);
        var problems = await typed.ProblemsAsync(What, MaxNameLength,
            (slug, ct) => Db.Tags.AnyAsync(t => t.Slug == slug && t.Id != entity.Id, ct), cancellationToken);
        if (problems.Count == 0)
        {
            (entity.Name, entity.Slug) = (typed.Name, typed.Slug);
        }
        return problems;
    }

    protected override async Task<string?> InUseAsync(Tag entity, CancellationToken cancellationToken)
    {
        var articles = await usage.CountOneAsync(SlugKind.Tag, entity.Id, cancellationToken);
        return articles == 0 ? null : $"“{entity.Name}” is on {Articles(articles)}. Take it off them first.";
    }
}
