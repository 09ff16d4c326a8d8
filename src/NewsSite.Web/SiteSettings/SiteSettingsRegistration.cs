using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.SiteSettings;

public static class SiteSettingsRegistration
{
    /// <summary>The settings an Admin edits, their in-memory copy, and the advertisement slots' configuration.</summary>
    public static WebApplicationBuilder AddSiteSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteSettingsCache>();
        builder.Services.AddSingleton<IPublicContentCopy>(services => services.GetRequiredService<SiteSettingsCache>());
        builder.Services.AddOptions<AdOptions>().Bind(builder.Configuration.GetSection(AdOptions.SectionName))
            .Validate(o => o.TrustedEmbedOrigins.All(origin => origin.StartsWith("https://", StringComparison.Ordinal)), "Ads:TrustedEmbedOrigins must be https origins.")
            .ValidateOnStart();
        builder.Services.AddScoped<SiteSettingsEditor>();
        return builder;
    }
}
