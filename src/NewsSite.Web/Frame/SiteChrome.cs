using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Slugs;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Frame;

/// <summary>
/// What every public page's frame shows: the publication's settings (name, social links,
/// advertisement slots), its sections, the standing pages in the footer and the consent sentence
/// the subscribe box shows. Every page needs it and it changes a few times a year, so one copy is
/// kept in memory (<see cref="SharedCopy{T}"/>).
/// </summary>
public sealed class SiteChrome : IPublicContentCopy
{
    private readonly SharedCopy<SiteFrame> _copy;
    private readonly IServiceScopeFactory _scopes;
    private readonly SiteSettingsCache _settings;
    private readonly TimeProvider _time;

    public SiteChrome(IServiceScopeFactory scopes, SiteSettingsCache settings, IOptions<CachingOptions> caching, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(caching);
        _scopes = scopes;
        _settings = settings;
        _time = time;
        _copy = new SharedCopy<SiteFrame>(LoadAsync, caching.Value.PublicPageLifetime, time);
    }

    public Task<SiteFrame> GetAsync(CancellationToken cancellationToken = default) => _copy.GetAsync(cancellationToken);

    /// <summary>Drops the frame and the settings it was built on.</summary>
    public void Forget()
    {
        _settings.Forget();
        _copy.Forget();
    }

    private async Task<SiteFrame> LoadAsync()
    {
        var current = await _settings.GetAsync();
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new SectionLink(s.Id, s.Name, s.Slug))
            .ToListAsync();
        var now = _time.GetUtcNow();
        var pages = await db.SitePages.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug)
            .Select(p => new { p.Slug, Title = p.Versions.Where(v => v.EffectiveFrom <= now).OrderByDescending(v => v.Version).Select(v => v.Title).FirstOrDefault() })
            .ToListAsync();
        var consent = await ConsentNotice.CurrentAsync(db, now);
        return new SiteFrame(current.Settings, sections, pages.Where(p => p.Title is not null).Select(p => new PageLink(p.Title!, p.Slug)).ToList(),
            current.TimeZone, consent);
    }
}

public sealed record SectionLink(int Id, string Name, string Slug)
{
    public string Url => PublicUrls.Section(Slug);
}

/// <summary>A standing page's link in the footer, under the title of its version in force.</summary>
public sealed record PageLink(string Title, string Slug)
{
    public string Url => PublicUrls.SitePage(Slug);
}

/// <summary>
/// The settings, sections and footer pages a page is framed with, the time zone its dates are
/// shown in, and the subscription forms' consent sentence (null until both policy documents are
/// published).
/// </summary>
public sealed record SiteFrame(
    SiteSettings.SiteSettings Settings, IReadOnlyList<SectionLink> Sections, IReadOnlyList<PageLink> FooterPages, TimeZoneInfo TimeZone, ConsentNotice? Consent)
{
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);
}
