using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Frame;

public static class FrameRegistration
{
    /// <summary>The in-memory site frame every public page is drawn in.</summary>
    public static WebApplicationBuilder AddSiteFrame(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteChrome>();
        builder.Services.AddSingleton<IPublicContentCopy>(services => services.GetRequiredService<SiteChrome>());
        return builder;
    }
}
