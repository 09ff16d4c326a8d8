using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsSite.Web.Data;

namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// Announces a change to anything readers see once it has been committed, so a newly published
/// article is on the home page at once, on every node. The announcement follows the commit:
/// evicting before it would let a request in between cache the old page again.
/// </summary>
public sealed class PublicCacheEvictionInterceptor(PublicContentChanges changes) : BeforeSaveInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pendingEviction = [];

    protected override ValueTask BeforeSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && OwnerType(e.Metadata).IsDefined(typeof(PublicContentAttribute), inherit: false)))
        {
            _pendingEviction.AddOrUpdate(context, PublicCache.Tag);
        }
        return ValueTask.CompletedTask;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceIfNoted(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AnnounceIfNoted(eventData.Context);
        return result;
    }

    /// <summary>Parts stored inside another row (the settings' ad slots, say) count as changes to that row.</summary>
    private static Type OwnerType(IReadOnlyEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }
        return type.ClrType;
    }

    private ValueTask AnnounceIfNoted(DbContext? context) =>
        context is not null && _pendingEviction.Remove(context) ? changes.AnnounceAsync(context) : ValueTask.CompletedTask;
}
