using NewsSite.Web.Infrastructure;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.DemoContent;

/// <summary>
/// The demo publication's settings: its name, social links and two house advertisements, so a
/// new visitor sees every part of the page frame at work.
/// </summary>
internal static class DemoSiteSettings
{
    public static SiteSettings.SiteSettings Create(SiteOptions site, DateTimeOffset now) => new()
    {
        SiteName = site.Name,
        Description = site.Description,
        TimeZone = "Europe/London",
        UpdatedAt = now,
        SocialLinks =
        [
            new SocialLink { Network = "Mastodon", Url = "https://social.example/@portaldercourier" },
            new SocialLink { Network = "Bluesky", Url = "https://bsky.example/profile/portaldercourier" },
            new SocialLink { Network = "Instagram", Url = "https://photos.example/portaldercourier" },
        ],
        Ads = new AdSettings
        {
            EveryParagraphs = 5,
            InArticle = new AdSlot { ImageUrl = "/demo/ads/house-ad-728x90.jpg", LinkUrl = "/pages/about", AltText = "Reach Port Alder every morning: advertise with the Courier", Width = 728, Height = 90 },
            Sidebar = new AdSlot { ImageUrl = "/demo/ads/house-ad-300x250.jpg", LinkUrl = "/pages/about", AltText = "Your business on this page: advertise with the Courier", Width = 300, Height = 250 },
        },
    };
}
