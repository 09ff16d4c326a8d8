using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// What every public page's frame shows: the publication's name, its sections, social links and
/// advertisement slots. Read once per request from the settings row (configuration supplies
/// the defaults until an Admin saves settings). Deliberately not cached in memory: output
/// caching already spares the database, and a memory copy could outlive an eviction.
/// </summary>
public sealed class SiteChrome(NewsDbContext db, IOptions<SiteOptions> options)
{
    private SiteFrame? _frame;

    public async Task<SiteFrame> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_frame is not null)
        {
            return _frame;
        }
        var settings = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? Defaults();
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new SectionLink(s.Name, s.Slug))
            .ToListAsync(cancellationToken);
        _frame = new SiteFrame(settings, sections, SiteTimeZone.Find(settings.TimeZone));
        return _frame;
    }

    private SiteSettings Defaults() => new()
    {
        SiteName = options.Value.Name,
        Description = options.Value.Description,
    };
}

public sealed record SectionLink(string Name, string Slug)
{
    public string Url => PublicUrls.Section(Slug);
}

/// <summary>The settings and sections a page is framed with, and the time zone its dates are shown in.</summary>
public sealed record SiteFrame(SiteSettings Settings, IReadOnlyList<SectionLink> Sections, TimeZoneInfo TimeZone)
{
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);
}
