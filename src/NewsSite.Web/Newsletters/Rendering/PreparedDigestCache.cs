using System.Collections.Concurrent;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// Each released edition, read and rendered once for all its copies. A released edition no longer
/// changes, so a kept copy stays right; a draft is read afresh every time, so that a preview shows
/// the editor's latest change. Only the last few editions are kept, for a short while: senders
/// work through one or two at a time.
/// </summary>
public sealed class PreparedDigestCache(IServiceScopeFactory scopes, SiteSettingsCache siteSettings, DigestLinkBase links, TimeProvider time)
{
    private const int MaxEditions = 8;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<long, Entry> _editions = new();

    public async Task<PreparedDigest> GetAsync(long editionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _editions.AddOrUpdate(editionId, _ => NewEntry(editionId, now), (_, kept) => kept.IsStale(now) ? NewEntry(editionId, now) : kept);
        PreparedDigest digest;
        try
        {
            // Concurrent senders share one load, which a single sender's cancellation must not end.
            digest = await entry.Digest.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _editions.TryRemove(KeyValuePair.Create(editionId, entry));
            throw;
        }
        if (digest.IsDraft)
        {
            _editions.TryRemove(KeyValuePair.Create(editionId, entry));
        }
        return digest;
    }

    private Entry NewEntry(long editionId, DateTimeOffset now) => new(now + Lifetime, new Lazy<Task<PreparedDigest>>(() => LoadAsync(editionId)));

    private async Task<PreparedDigest> LoadAsync(long editionId)
    {
        ForgetOldest(time.GetUtcNow());
        var settings = (await siteSettings.GetAsync()).Settings;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return new PreparedDigest(await DigestContent.LoadAsync(db, editionId, settings.SiteName, settings.PostalAddress, links.BaseUrl, settings.CountDigestOpens, CancellationToken.None));
    }

    private void ForgetOldest(DateTimeOffset now)
    {
        foreach (var (id, entry) in _editions.Where(e => e.Value.IsStale(now)))
        {
            _editions.TryRemove(KeyValuePair.Create(id, entry));
        }
        while (_editions.Count > MaxEditions && _editions.MinBy(e => e.Value.Expires) is { Key: var oldest, Value: var entry })
        {
            _editions.TryRemove(KeyValuePair.Create(oldest, entry));
        }
    }

    private sealed record Entry(DateTimeOffset Expires, Lazy<Task<PreparedDigest>> Digest)
    {
        public bool IsStale(DateTimeOffset now) => now >= Expires;
    }
}
