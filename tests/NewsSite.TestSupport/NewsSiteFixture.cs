using Xunit;

namespace NewsSite.TestSupport;

/// <summary>
/// A test class's own copy of the seeded database and a site running on it. Subclasses adjust
/// <see cref="NewsSiteFactory.Settings"/> in <see cref="Configure"/>.
/// </summary>
public class NewsSiteFixture : IAsyncLifetime
{
    public NewsSiteFactory Factory { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync(GetType().Name);
        Factory = CreateFactory(connectionString);
        Configure(Factory);
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabaseServer.DropDatabaseAsync(Factory.ConnectionString);
    }

    protected virtual NewsSiteFactory CreateFactory(string connectionString) => new(connectionString);

    protected virtual void Configure(NewsSiteFactory factory)
    {
    }
}
