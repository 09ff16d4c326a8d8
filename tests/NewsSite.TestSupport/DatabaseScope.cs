using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;

namespace NewsSite.TestSupport;

/// <summary>A DI scope with the site's own <see cref="NewsDbContext"/>, disposed together.</summary>
public sealed class DatabaseScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public NewsDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<NewsDbContext>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
