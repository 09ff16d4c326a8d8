using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>
/// The home page: the stories editors chose (featured, in their order; the latest when none
/// are chosen), the latest after those, and a strip per section.
/// </summary>
public sealed class HomePageQuery(NewsDbContext db)
{
    public const int TopStories = 3;
    public const int LatestCount = 12;
    public const int StripCount = 4;

    public async Task<HomePage> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(now);
        var top = await published.Where(a => a.IsFeatured)
            .OrderBy(a => a.FeaturedRank).ThenByDescending(a => a.PublishedAt)
            .Take(TopStories).ToCards().ToListAsync(cancellationToken);
        var shownIds = top.Select(c => c.Id).ToList();
        var latest = await published.Where(a => !shownIds.Contains(a.Id)).NewestFirst()
            .Take(LatestCount + TopStories).ToCards().ToListAsync(cancellationToken);
        if (top.Count == 0)
        {
            top = latest.Take(TopStories).ToList();
        }
        latest = latest.Where(c => !top.Contains(c)).Take(LatestCount).ToList();

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Slug }).ToListAsync(cancellationToken);
        var strips = new List<SectionStrip>();
        foreach (var section in sections)
        {
            var cards = await published.Where(a => a.SectionId == section.Id).NewestFirst().Take(StripCount).ToCards().ToListAsync(cancellationToken);
            if (cards.Count > 0)
            {
                strips.Add(new SectionStrip(section.Name, section.Slug, cards));
            }
        }
        return new HomePage(top, latest, strips);
    }
}

public sealed record HomePage(IReadOnlyList<ArticleCard> TopStories, IReadOnlyList<ArticleCard> Latest, IReadOnlyList<SectionStrip> Strips);

public sealed record SectionStrip(string Name, string Slug, IReadOnlyList<ArticleCard> Cards);
