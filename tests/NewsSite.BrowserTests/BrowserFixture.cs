using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.TestSupport;

namespace NewsSite.BrowserTests;

/// <summary>
/// The site on a real Kestrel port with its own seeded database, and a headless Chromium to read
/// it. Chromium is the machine's own (Debian's <c>chromium</c> package); <c>CHROMIUM_PATH</c>
/// points elsewhere when it lives somewhere else.
/// </summary>
public class BrowserFixture : NewsSiteFixture
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // --no-sandbox because CI runs as root; the rest keep Chromium from calling home on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <param name="theme">A theme the reader chose on an earlier visit (<c>dark</c> or <c>light</c>), or null for none.</param>
    /// <param name="permissions">Browser permissions the reader has granted the site (<c>clipboard-write</c>), or null for none.</param>
    public async Task<IPage> NewPageAsync(string? theme = null, IEnumerable<string>? permissions = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Permissions = permissions });
        var page = await context.NewPageAsync();
        if (theme is not null)
        {
            // Stored the way the theme toggle stores it, on the site's own origin.
            await page.GotoAsync("/health/live");
            await page.EvaluateAsync("theme => localStorage.setItem('theme', theme)", theme);
        }
        return page;
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
