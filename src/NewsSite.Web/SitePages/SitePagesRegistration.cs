namespace NewsSite.Web.SitePages;

public static class SitePagesRegistration
{
    /// <summary>Standing pages (about, privacy policy, terms) with their dated versions.</summary>
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SitePageEditor>();
        builder.Services.AddScoped<SitePageHistory>();
        builder.Services.AddScoped<SitePageQuery>();
        return builder;
    }
}
