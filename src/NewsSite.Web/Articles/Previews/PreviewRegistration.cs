using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsSite.Web.Articles.Previews;

public static class PreviewRegistration
{
    /// <summary>The rate-limiting policy of the public preview address.</summary>
    public const string RateLimitPolicy = "preview-link";

    /// <summary>
    /// Preview links, and a limit per address on opening them: guessing a 256-bit token is hopeless
    /// anyway, but each attempt costs a query, so nobody gets to make many.
    /// </summary>
    public static WebApplicationBuilder AddArticlePreviews(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<PreviewLinks>();
        builder.Services.AddScoped<ArticlePreviewQuery>();
        var perMinute = builder.Configuration.GetValue("Previews:LinkViewsPerMinute", 60);
        builder.Services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }
}
