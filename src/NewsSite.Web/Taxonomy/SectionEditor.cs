using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Taxonomy;

/// <summary>A section as the sections page lists it.</summary>
public sealed record SectionRow(int Id, string Name, string Slug, string Description, int SortOrder, int ArticleCount);

/// <summary>What the sections page sends for a new or changed section.</summary>
public sealed class SectionInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>
/// Editors' management of sections: create, rename (the old address then redirects, see
/// <c>SlugHistoryInterceptor</c>), order, and delete when no article is in them.
/// </summary>
public sealed class SectionEditor(NewsDbContext db, IArticleUsage usage)
{
    public const int MaxNameLength = 80;
    public const int MaxDescriptionLength = 500;

    /// <summary>
    /// First segments the site's own pages use: a section there could never be reached, because
    /// the page's route wins (<see cref="Slugs.PublicUrls"/> and the admin area).
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "search", "tag", "author", "pages", "sitemaps", "media", "status", "error", "health", "css", "js", "demo",
    };

    public async Task<IReadOnlyList<SectionRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new SectionRow(s.Id, s.Name, s.Slug, s.Description, s.SortOrder, 0))
            .ToListAsync(cancellationToken);
        var counts = await usage.CountAsync(SlugKind.Section, rows.ConvertAll(r => r.Id), cancellationToken);
        return rows.ConvertAll(r => r with { ArticleCount = counts.GetValueOrDefault(r.Id) });
    }

    public async Task<IReadOnlyList<string>> CreateAsync(SectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var section = new Section { Name = "", Slug = "" };
        var problems = await ApplyAsync(section, input, cancellationToken);
        if (problems.Count == 0)
        {
            db.Sections.Add(section);
            await db.SaveChangesAsync(cancellationToken);
        }
        return problems;
    }

    public async Task<IReadOnlyList<string>> UpdateAsync(int id, SectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return ["That section no longer exists."];
        }
        var problems = await ApplyAsync(section, input, cancellationToken);
        if (problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return problems;
    }

    public async Task<IReadOnlyList<string>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return [];
        }
        var articles = await usage.CountOneAsync(SlugKind.Section, id, cancellationToken);
        if (articles > 0)
        {
            return [$"“{section.Name}” still has {articles} {(articles == 1 ? "article" : "articles")}. Move them to another section first."];
        }
        db.Sections.Remove(section);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Checks the input and, when it is sound, copies it onto <paramref name="section"/>.</summary>
    private async Task<IReadOnlyList<string>> ApplyAsync(Section section, SectionInput input, CancellationToken cancellationToken)
    {
        var name = (input.Name ?? "").Trim();
        var slug = Slug.From((input.Slug ?? "").Trim() is { Length: > 0 } typed ? typed : name);
        slug = slug.Length > MaxNameLength ? slug[..MaxNameLength].TrimEnd('-') : slug;
        var description = (input.Description ?? "").Trim();
        var problems = new List<string>();
        if (name.Length is 0 or > MaxNameLength)
        {
            problems.Add($"A section needs a name of 1 to {MaxNameLength} characters.");
        }
        if (slug.Length == 0)
        {
            problems.Add("The address needs at least one letter or digit.");
        }
        else if (ReservedSlugs.Contains(slug))
        {
            problems.Add($"“{slug}” is an address the site uses for its own pages. Choose another.");
        }
        else if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != section.Id, cancellationToken))
        {
            problems.Add($"Another section already has the address “{slug}”.");
        }
        if (description.Length > MaxDescriptionLength)
        {
            problems.Add($"The description must be at most {MaxDescriptionLength} characters.");
        }
        if (problems.Count == 0)
        {
            (section.Name, section.Slug, section.Description, section.SortOrder) = (name, slug, description, input.SortOrder);
        }
        return problems;
    }
}
