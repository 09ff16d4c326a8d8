using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// What every public page's frame shows: the publication's name, its sections, social links,
/// advertisement slots and the policy versions the subscribe box links (configuration supplies the defaults until an Admin saves settings).
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
            .Select(s => new SectionLink(s.Name, s.Slug))
            .ToListAsync();
        var consent = await Subscriptions.Consent.ConsentNotice.CurrentAsync(db, time.GetUtcNow());
        return new SiteFrame(settings, sections, SiteTimeZone.Find(settings.TimeZone), consent);
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

public sealed record SectionLink(string Name, string Slug)
{
    public string Url => PublicUrls.Section(Slug);
}

/// <summary>
/// The settings and sections a page is framed with, the time zone its dates are shown in, and the
/// subscription forms' consent sentence (null until both policy documents are published).
/// </summary>
public sealed record SiteFrame(SiteSettings Settings, IReadOnlyList<SectionLink> Sections, TimeZoneInfo TimeZone, Subscriptions.Consent.ConsentNotice? Consent)
{
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);
}
