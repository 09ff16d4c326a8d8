using NewsSite.TestSupport;
using Npgsql;

namespace NewsSite.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Migrate_switch_creates_the_schema_in_an_empty_production_database_and_exits()
    {
        var connectionString = await TestDatabaseServer.CreateEmptyDatabaseAsync("migrate");

        var (exitCode, error) = await SiteProcess.RunAsync(["--migrate"], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__NewsSite"] = connectionString,
        });

        Assert.True(exitCode == 0, error);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('articles', 'outbox_messages')", connection);
        Assert.Equal(2L, await command.ExecuteScalarAsync());
        await TestDatabaseServer.DropDatabaseAsync(connectionString);
    }

    [Fact]
    public async Task Development_without_postgresql_binaries_prints_what_to_do_without_a_stack_trace()
    {
        var (exitCode, error) = await SiteProcess.RunAsync([], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__NewsSite"] = "",
            ["Database__LocalServerBinDirectory"] = "/nonexistent/postgresql/bin",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("NewsSite could not start", error, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__NewsSite", error, StringComparison.Ordinal);
        Assert.Contains("docker compose up", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_connection_string_says_how_to_configure_one()
    {
        var (exitCode, error) = await SiteProcess.RunAsync([], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__NewsSite"] = "",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("No database is configured", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
