using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsSite.TestSupport;

/// <summary>
/// The real site, started in process against a test database. Settings added before the first
/// use of <c>Services</c> or <c>CreateClient</c> override appsettings (keys as in configuration,
/// e.g. <c>Email:Smtp:Host</c>).
/// </summary>
public class NewsSiteFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string EnvironmentName = "Testing";

    public string ConnectionString { get; } = connectionString;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Database:MigrateOnStart"] = "false",
        ["DemoContent:SeedOnStart"] = "false",
        // Mail goes to a folder unless a test points the site at its own SMTP server.
        ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "newssite-tests-mail", Guid.NewGuid().ToString("N")),
        // Uploaded images go to a folder of the test's own, never into the source tree.
        ["Media:StoragePath"] = Path.Combine(Path.GetTempPath(), "newssite-tests-media", Guid.NewGuid().ToString("N")),
        // Every test request comes from the same address; tests of the limit itself set their own.
        ["Accounts:SignInAttemptsPerMinute"] = "10000",
        ["Subscriptions:FormPostsPerMinute"] = "10000",
    };

    /// <summary>Replacements for the site's services (a fake clock, say), applied after the site's own registrations.</summary>
    public List<Action<IServiceCollection>> ServiceOverrides { get; } = [];

    /// <summary>
    /// Leaves a background worker out of the site, for tests that run its passes themselves and
    /// must know that nothing else ran one.
    /// </summary>
    public void WithoutWorker<TWorker>()
        where TWorker : IHostedService =>
        ServiceOverrides.Add(services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(TWorker))));

    /// <summary>A context on the test database, for arranging data and checking what the site stored.</summary>
    public DatabaseScope OpenDatabase() => new(Services.CreateAsyncScope());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the site expects published output; the tests run from the build,
        // so the static assets (CSS, scripts, images) are mapped to their source files instead.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:NewsSite", ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => ServiceOverrides.ForEach(configure => configure(services)));
    }
}
