using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Tests.SiteSettings;

/// <summary>An ad server trusted in configuration may fill a slot with a sandboxed frame; any other is ignored.</summary>
public class AdEmbedTests : IClassFixture<AdEmbedTests.TrustedAdServerFixture>
{
    private const string Article = "/local/harbour-authority-approves-night-ferry-trial";
    private readonly TrustedAdServerFixture _site;

    public AdEmbedTests(TrustedAdServerFixture site) => _site = site;

    public sealed class TrustedAdServerFixture : NewsSiteFixture
    {
        protected override void Configure(NewsSiteFactory factory) =>
            factory.Settings["Ads:TrustedEmbedOrigins:0"] = "https://ads.example";
    }

    [Fact]
    public async Task Embed_from_a_trusted_origin_is_a_sandboxed_frame_and_the_policy_allows_only_that_origin()
    {
        await SetSidebarEmbedAsync("https://ads.example/slot/300x250");

        var response = await _site.Factory.CreateClient().GetAsync(Article);
        var frame = (await Html.ParseAsync(response)).QuerySelector("aside .ad-slot iframe")!;

        Assert.Equal("https://ads.example/slot/300x250", frame.GetAttribute("src"));
        Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", frame.GetAttribute("sandbox"));
        Assert.Equal("250", frame.GetAttribute("height"));
        Assert.Contains("frame-src 'self' https://ads.example;", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_from_an_untrusted_origin_is_not_shown()
    {
        await SetSidebarEmbedAsync("https://tracker.example/slot");

        var page = await Html.ParseAsync(await _site.Factory.CreateClient().GetAsync(Article));

        Assert.Empty(page.QuerySelectorAll("iframe"));
    }

    private async Task SetSidebarEmbedAsync(string url)
    {
        await using var scope = _site.Factory.OpenDatabase();
        var settings = await scope.Db.SiteSettings.SingleAsync();
        settings.Ads.Sidebar = new AdSlot { EmbedUrl = url, Width = 300, Height = 250 };
        await scope.Db.SaveChangesAsync();
    }
}
