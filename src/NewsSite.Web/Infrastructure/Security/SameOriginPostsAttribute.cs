using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Infrastructure.Security;

/// <summary>
/// For public forms that carry no antiforgery token (their pages are cached and set no cookie):
/// a post whose <c>Origin</c> header names another site is refused with 403, so no other site can
/// make a visitor's browser submit them. Browsers send <c>Origin</c> with every form post; a post
/// without one (a script, not a browser) is let through to the form's other defences.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SameOriginPostsAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || request.Headers.Origin is not [{ } origin])
        {
            return;
        }
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl ?? "";
        if (!SameOrigin(origin, $"{request.Scheme}://{request.Host}") && !(configured.Length > 0 && SameOrigin(origin, configured)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    private static bool SameOrigin(string origin, string address) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var a) && Uri.TryCreate(address, UriKind.Absolute, out var b)
        && Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
