namespace NewsSite.Web.Infrastructure.Security;

public static class SecurityHeaders
{
    /// <summary>
    /// A strict Content-Security-Policy with no inline script, and the usual hardening headers.
    /// Images may come from any https origin because articles embed figures hosted elsewhere;
    /// frames only from <paramref name="trustedFrameOrigins"/> (the ad servers trusted in configuration).
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> trustedFrameOrigins)
    {
        var frames = string.Join(' ', trustedFrameOrigins.Select(o => o.TrimEnd('/')).Prepend("'self'"));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
               $"font-src 'self'; connect-src 'self'; frame-src {frames}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app, IEnumerable<string> trustedFrameOrigins)
    {
        var policy = ContentSecurityPolicy(trustedFrameOrigins);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            await next(context);
        });
        return app;
    }
}
