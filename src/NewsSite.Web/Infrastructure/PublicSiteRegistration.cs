namespace NewsSite.Web.Infrastructure;

public static class PublicSiteRegistration
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName));
        builder.Services.AddScoped<SiteSettings.SiteChrome>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicAddress>();
        builder.Services.AddScoped<Articles.HomePageQuery>();
        builder.Services.AddRazorPages();
        return builder;
    }

    /// <summary>
    /// Error pages in the site's own layout: unknown addresses get the 404 page, failures the
    /// friendly error page; only Development shows exception details.
    /// </summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRouting();
        app.UseOutputCache();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
