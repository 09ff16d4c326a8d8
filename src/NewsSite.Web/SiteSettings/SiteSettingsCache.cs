using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.SiteSettings;

/// <summary>
/// The site's settings as an Admin last saved them (configuration supplies the defaults until
/// then), with the time zone they name. Read by nearly every page and email, so one copy is kept
/// in memory (<see cref="SharedCopy{T}"/>).
/// </summary>
public sealed class SiteSettingsCache : IPublicContentCopy
{
    private readonly SharedCopy<CurrentSettings> _copy;
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<SiteOptions> _site;

    public SiteSettingsCache(IServiceScopeFactory scopes, IOptions<SiteOptions> site, IOptions<CachingOptions> caching, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(caching);
        _scopes = scopes;
        _site = site;
        _copy = new SharedCopy<CurrentSettings>(LoadAsync, caching.Value.PublicPageLifetime, time);
    }

    public Task<CurrentSettings> GetAsync(CancellationToken cancellationToken = default) => _copy.GetAsync(cancellationToken);

    public void Forget() => _copy.Forget();

    private async Task<CurrentSettings> LoadAsync()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var settings = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.SingletonId)
            ?? new SiteSettings { SiteName = _site.Value.Name, Description = _site.Value.Description };
        return new CurrentSettings(settings, SiteTimeZone.Find(settings.TimeZone));
    }
}

/// <summary>The settings in force and the time zone every date on the site is shown in.</summary>
public sealed record CurrentSettings(SiteSettings Settings, TimeZoneInfo TimeZone)
{
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, TimeZone);
}
