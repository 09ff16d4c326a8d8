using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Frame;
using NewsSite.Web.Newsletters.Editions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>
/// A site in Europe/London (clocks change) with a fake clock and a known sender address. The
/// scheduler's own worker is left out: tests run its passes themselves, at the moments they choose.
/// </summary>
public class EditionsFixture : NewsSiteFixture
{
    public const string SiteName = "The Harbour Times";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 6, 3, 9, 0, 0, TimeSpan.Zero));

    public Digests Digests => new(Factory);

    protected virtual bool RunsSchedulerWorker => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Factory.OpenDatabase();
        var settings = await scope.Db.SiteSettings.SingleOrDefaultAsync();
        if (settings is null)
        {
            settings = new NewsSite.Web.SiteSettings.SiteSettings();
            scope.Db.SiteSettings.Add(settings);
        }
        settings.SiteName = SiteName;
        settings.TimeZone = "Europe/London";
        await scope.Db.SaveChangesAsync();
        Factory.Services.GetRequiredService<SiteChrome>().Forget();
    }

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.Settings["Email:FromAddress"] = "newsroom@harbour.example";
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
        if (!RunsSchedulerWorker)
        {
            factory.WithoutWorker<DigestSchedulerWorker>();
        }
    }
}
