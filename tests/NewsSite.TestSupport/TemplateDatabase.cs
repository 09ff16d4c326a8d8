using Npgsql;

namespace NewsSite.TestSupport;

/// <summary>
/// Builds the database every test class copies: the site itself applies its migrations and
/// seeds the demo content, exactly as a first start in Development does.
/// </summary>
internal static class TemplateDatabase
{
    public static async Task CreateAsync(ServerHandle server, string name)
    {
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await server.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = server.ConnectionString(name);
        await using (var factory = new NewsSiteFactory(connectionString))
        {
            factory.Settings["Database:MigrateOnStart"] = "true";
            factory.Settings["DemoContent:SeedOnStart"] = "true";
            _ = factory.Services; // starting the host migrates and seeds
        }
        // CREATE DATABASE … TEMPLATE needs the template to have no open connections, pooled ones included.
        NpgsqlConnection.ClearAllPools();
    }
}
