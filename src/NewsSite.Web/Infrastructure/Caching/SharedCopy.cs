namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// One in-memory copy of something every page needs and that changes a few times a year (the
/// site's settings, the site frame). Concurrent readers share one load; a copy is reloaded when
/// it is older than its lifetime, in case a change reached the database some other way, and
/// dropped at once by <see cref="Forget"/> when public content changes
/// (<see cref="PublicContentChanges"/>, on every node).
/// </summary>
public sealed class SharedCopy<T>(Func<Task<T>> load, TimeSpan lifetime, TimeProvider time)
{
    private Entry? _current;

    /// <summary>
    /// The loaded value. A load is never cancelled by the request that started it, because other
    /// requests may be waiting for the same load.
    /// </summary>
    public async Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        var entry = Volatile.Read(ref _current);
        var now = time.GetUtcNow();
        if (entry is null || entry.IsStale(now))
        {
            var fresh = new Entry(now + lifetime, load);
            // Only the reader that saw the stale entry replaces it, so concurrent requests share one load.
            entry = Interlocked.CompareExchange(ref _current, fresh, entry) == entry ? fresh : Volatile.Read(ref _current) ?? fresh;
        }
        return await entry.Value.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Drops the copy after a change has been committed. A load already running may return the old
    /// value to requests that started before the change; it is never kept for later ones.
    /// </summary>
    public void Forget() => Volatile.Write(ref _current, null);

    private sealed class Entry(DateTimeOffset expires, Func<Task<T>> load)
    {
        public Lazy<Task<T>> Value { get; } = new(load);

        /// <summary>A failed load (the database was down, say) is retried by the next request rather than remembered.</summary>
        public bool IsStale(DateTimeOffset now) =>
            now >= expires || Value is { IsValueCreated: true, Value: { IsFaulted: true } or { IsCanceled: true } };
    }
}

/// <summary>An in-memory copy of public content that <see cref="PublicContentChanges"/> drops whenever public content changes.</summary>
public interface IPublicContentCopy
{
    void Forget();
}
