using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsSite.Web.Data;

/// <summary>
/// A rule that looks at what is about to be saved and adjusts it, whichever page or job saves.
/// The site saves asynchronously; the synchronous path exists for tools and waits on the same work.
/// </summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    protected abstract ValueTask BeforeSaveAsync(DbContext context, CancellationToken cancellationToken);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            BeforeSaveAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await BeforeSaveAsync(context, cancellationToken);
        }
        return result;
    }
}
