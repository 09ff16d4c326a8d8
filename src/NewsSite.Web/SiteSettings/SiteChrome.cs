using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// What every public page's frame shows: the publication's name, its sections, social links,
/// advertisement slots, the standing pages in the footer and the policy versions the subscribe box links (configuration supplies the defaults until an Admin saves settings).
/// Every page needs it and it changes a few times a year, so one copy is kept in memory: any
/// change to public content drops it (<see cref="PublicContentChanges"/>, on every node), and
/// it is reloaded at least every <see cref="CachingOptions.PublicPageLifetime"/> in case a
/// change reached the database some other way.
/// </summary>
public sealed class SiteChrome(IServiceScopeFactory scopes, IOptions<SiteOptions> site, IOptions<CachingOptions> caching, TimeProvider time)
{
    private Entry? _current;

    /// <summary>
    /// The loaded frame. A load runs in its own scope and is never cancelled by the request that
    /// started it, because other requests may be waiting for the same load.
    /// </summary>
    public async Task<SiteFrame> GetAsync(CancellationToken cancellationToken = default)
    {
        var entry = Volatile.Read(ref _current);
        var now = time.GetUtcNow();
        if (entry is null || entry.IsStale(now))
        {
            var fresh = new Entry(now + caching.Value.PublicPageLifetime, LoadAsync);
            // Only the reader that saw the stale entry replaces it, so concurrent requests share one load.
            entry = Interlocked.CompareExchange(ref _current, fresh, entry) == entry ? fresh : Volatile.Read(ref _current) ?? fresh;
        }
        return await entry.Frame.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Drops the copy after a change has been committed. A load already running may return the old
    /// frame to requests that started before the change; it is never kept for later ones.
    /// </summary>
    public void Forget() => Volatile.Write(ref _current, null);

    private async Task<SiteFrame> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var settings = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId) ?? Defaults();
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => new SectionLink(s.Id, s.Name, s.Slug))
            .ToListAsync();
        var now = time.GetUtcNow();
        var pages = await db.SitePages.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug)
            .Select(p => new { p.Slug, Title = p.Versions.Where(v => v.EffectiveFrom <= now).OrderByDescending(v => v.Version).Select(v => v.Title).FirstOrDefault() })
            .ToListAsync();
        var consent = await Subscriptions.Consent.ConsentNotice.CurrentAsync(db, now);
        return new SiteFrame(settings, sections, pages.Where(p => p.Title is not null).Select(p => new PageLink(p.Title!, p.Slug)).ToList(),
            SiteTimeZone.Find(settings.TimeZone), consent);
    }

    private SiteSettings Defaults() => new()
    {
        SiteName = site.Value.Name,
        Description = site.Value.Description,
    };

    private sealed class Entry(DateTimeOffset expires, Func<Task<SiteFrame>> load)
    {
        public Lazy<Task<SiteFrame>> Frame { get; } = new(load);

        /// <summary>A failed load (the database was down, say) is retried by the next request rather than remembered.</summary>
        public bool IsStale(DateTimeOffset now) =>
            now >= expires || Frame is { IsValueCreated: true, Value: { IsFaulted: true } or { IsCanceled: true } };
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
    SiteSettings Settings, IReadOnlyList<SectionLink> Sections, IReadOnlyList<PageLink> FooterPages, TimeZoneInfo TimeZone, Subscriptions.Consent.ConsentNotice? Consent)
{
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);
}
