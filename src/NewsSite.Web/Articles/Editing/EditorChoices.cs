using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Editing;

/// <summary>The sections and bylines the admin pages offer in their drop-downs, in the order editors gave.</summary>
public sealed class EditorChoices(NewsDbContext db)
{
    public async Task<IReadOnlyList<(int Id, string Name)>> SectionsAsync(CancellationToken cancellationToken) =>
        (await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.Name)).ToList();

    public async Task<IReadOnlyList<(int Id, string Name)>> AuthorsAsync(CancellationToken cancellationToken) =>
        (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
        .Select(a => (a.Id, a.Name)).ToList();
}
