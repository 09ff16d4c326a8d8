using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Authors;
using NewsSite.Web.Data;
using NewsSite.Web.DemoContent;
using NewsSite.Web.Email;
using NewsSite.Web.Feeds;
using NewsSite.Web.Frame;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Infrastructure.Health;
using NewsSite.Web.Infrastructure.Logging;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Media;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Search;
using NewsSite.Web.SitePages;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Taxonomy;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddNewsSiteLogging();
    builder.AddNewsDatabase();
    builder.AddDemoContent();
    builder.AddEmail();
    builder.AddPublicCaching();
    builder.AddPublicSite();
    builder.AddSiteSettings();
    builder.AddSiteFrame();
    builder.AddStaffAccounts();
    builder.AddMediaLibrary();
    builder.AddTaxonomy();
    builder.AddAuthors();
    builder.AddSitePages();
    builder.AddArticles();
    builder.AddSearch();
    builder.AddSubscriptions();
    builder.AddNewsletters();

    var app = builder.Build();
    if (args.Contains(DatabaseStartup.MigrateSwitch))
    {
        await app.MigrateAsync();
        Log.Information("Database migrations applied");
        return 0;
    }
    await app.PrepareDatabaseAsync();

    app.UseSecurityHeaders(app.Services.GetRequiredService<IOptions<AdOptions>>().Value.TrustedEmbedOrigins);
    app.UseNewsSiteRequestLogging();
    app.UsePublicSite();
    app.UseMediaFiles();
    app.UseStaffAccounts();
    app.MapPublicSite();
    app.MapFeeds();
    app.MapHealthEndpoints();
    await app.RunAsync();
    return 0;
}
catch (DatabaseSetupException e)
{
    // A set-up problem the person starting the site can fix: say what to do, without a stack trace.
    Console.Error.WriteLine();
    Console.Error.WriteLine("NewsSite could not start: " + e.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
