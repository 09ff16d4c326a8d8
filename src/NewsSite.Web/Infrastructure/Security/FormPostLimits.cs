using System.Threading.RateLimiting;

namespace NewsSite.Web.Infrastructure.Security;

/// <summary>Rate limits for forms anyone may post to: only posts count, per client address; showing the form is free.</summary>
public static class FormPostLimits
{
    public static RateLimitPartition<string> PerMinute(HttpContext context, int permitLimit)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("form");
    }
}
