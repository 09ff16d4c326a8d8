using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsSite.Web.Infrastructure.Security;

/// <summary>
/// For pages opened by a secret link (a subscriber's preferences, a privacy-centre link): never
/// stored by browsers or proxies, never indexed, and their address (the secret) never sent to
/// another site as a referrer. Same-origin referrers stay, so the page's own forms still carry
/// an <c>Origin</c> for <see cref="SameOriginPostsAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PersonalPageAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "same-origin";
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
