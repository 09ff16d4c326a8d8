using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// What happens once a change to something readers see has been committed: this node forgets its
/// cached pages and its in-memory copies (<see cref="IPublicContentCopy"/>) at once, and every other node running against the
/// same database is told through PostgreSQL's NOTIFY and does the same
/// (<see cref="PublicContentChangeListener"/>). No extra server is needed for scale-out.
/// </summary>
public sealed partial class PublicContentChanges(IOutputCacheStore cache, IEnumerable<IPublicContentCopy> copies, ILogger<PublicContentChanges> logger)
{
    public const string Channel = "newssite_public_content";

    /// <summary>Sent as the notification's payload, so a node can skip the notices it sent itself.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public async ValueTask ForgetLocallyAsync()
    {
        foreach (var copy in copies)
        {
            copy.Forget();
        }
        await cache.EvictByTagAsync(PublicCache.Tag, CancellationToken.None);
    }

    /// <summary>
    /// Called after the commit. The change is saved whatever happens here, so a failed notice is
    /// logged rather than thrown; other nodes then catch up within the cache lifetime.
    /// </summary>
    public async ValueTask AnnounceAsync(DbContext committedOn)
    {
        await ForgetLocallyAsync();
        try
        {
            await committedOn.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {NodeId})", CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogNoticeFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other nodes that public content changed; their cached pages expire on their own.")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception);
}
