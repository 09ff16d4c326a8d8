using Npgsql;

namespace NewsSite.TestSupport;

/// <summary>
/// One PostgreSQL server for a whole test run: the server named by <c>NEWSSITE_TEST_DATABASE</c>
/// (a connection string whose user may create databases), or else a throwaway local cluster
/// that is deleted when the run ends. A template database is migrated and seeded once; every
/// test class then gets its own copy of it, which takes a fraction of a second.
/// </summary>
public static class TestDatabaseServer
{
    /// <summary>Per process, so two test assemblies sharing one external server never collide.</summary>
    private static readonly string TemplateName = $"newssite_template_{Environment.ProcessId}";
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly Lazy<Task<ServerHandle>> Server = new(StartAsync);

    /// <summary>Creates a database of its own for one test class, copied from the seeded template.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var server = await Server.Value;
        var name = $"t_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(60, purpose.Length + 35)];
        await CloneLock.WaitAsync();
        try
        {
            await server.ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE {TemplateName}");
        }
        finally
        {
            CloneLock.Release();
        }
        return server.ConnectionString(name);
    }

    /// <summary>A database with nothing in it, for tests of how the schema gets there.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string purpose)
    {
        var server = await Server.Value;
        var name = $"e_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}";
        await server.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return server.ConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await Server.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void DropTemplate(ServerHandle server)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            server.ExecuteAsync($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // The throwaway cluster may already be gone; an external server keeps one stray template at worst.
        }
    }

    private static async Task<ServerHandle> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSSITE_TEST_DATABASE");
        var server = string.IsNullOrWhiteSpace(configured) ? ThrowawayCluster.Start() : ServerHandle.External(configured);
        await TemplateDatabase.CreateAsync(server, TemplateName);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(server);
        return server;
    }
}
