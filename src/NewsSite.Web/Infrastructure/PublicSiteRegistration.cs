namespace NewsSite.Web.Infrastructure;

public static class PublicSiteRegistration
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicAddress>();
        builder.Services.AddScoped<SecretLinks>();
        // HTML and feeds are compressed per response; static assets come precompressed from MapStaticAssets.
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = ["text/html", "application/rss+xml", "application/xml", "text/xml", "text/plain"];
        });
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
        // Pages that carry secrets (antiforgery tokens in the admin area) are never compressed, which
        // rules out BREACH-style attacks; public pages hold nothing secret.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin"), branch => branch.UseResponseCompression());
        app.UseRouting();
        return app;
    }

    /// <summary>The pages themselves, after routing and whatever decides who may see them.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<Caching.ETagMiddleware>();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
