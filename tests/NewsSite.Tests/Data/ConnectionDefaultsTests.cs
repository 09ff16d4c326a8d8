using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using Npgsql;

namespace NewsSite.Tests.Data;

public class ConnectionDefaultsTests
{
    [Fact]
    public void Site_prepares_statements_keeps_them_plans_without_jit_and_uses_a_few_connections_per_core_by_default()
    {
        var used = UsedConnectionString("Host=db;Database=news;Username=news;Password=secret");

        Assert.Equal(20, used.MaxAutoPrepare);
        Assert.True(used.NoResetOnClose);
        Assert.Equal("-c plan_cache_mode=force_generic_plan -c jit=off", used.Options);
        Assert.Equal(Math.Max(8, 4 * Environment.ProcessorCount), used.MaxPoolSize);
    }

    [Fact]
    public void Settings_the_connection_string_names_keep_their_values()
    {
        var used = UsedConnectionString(
            "Host=db;Database=news;Username=news;Password=secret;Max Auto Prepare=0;No Reset On Close=false;Options=-c statement_timeout=5s;Maximum Pool Size=50");

        Assert.Equal(0, used.MaxAutoPrepare);
        Assert.False(used.NoResetOnClose);
        Assert.Equal("-c statement_timeout=5s", used.Options);
        Assert.Equal(50, used.MaxPoolSize);
    }

    private static NpgsqlConnectionStringBuilder UsedConnectionString(string configured)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>();
        NewsDatabaseOptions.Configure(options, configured);
        using var db = new NewsDbContext(options.Options);
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }
}
