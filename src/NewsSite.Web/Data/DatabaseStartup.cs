using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.DemoContent;

namespace NewsSite.Web.Data;

public static class DatabaseStartup
{
    /// <summary>The command-line switch that applies migrations and exits (how Production upgrades its schema).</summary>
    public const string MigrateSwitch = "--migrate";

    public static async Task MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        // On an empty database EF reads the history table before creating it and logs that read
        // as an error; creating the table first keeps a first start's log free of false alarms.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        await db.Database.MigrateAsync();
    }

    /// <summary>Applies migrations and seeds demo content when configuration asks for it (Development does).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<NewsDatabaseOptions>>().Value.MigrateOnStart)
        {
            await app.MigrateAsync();
        }
        if (app.Services.GetRequiredService<IOptions<DemoContentOptions>>().Value.SeedOnStart)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync(CancellationToken.None);
        }
    }
}
