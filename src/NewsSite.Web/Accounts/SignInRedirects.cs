using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace NewsSite.Web.Accounts;

/// <summary>Where the staff cookie sends someone whose session has ended, or who may not see a page.</summary>
public static class SignInRedirects
{
    /// <summary>
    /// To the sign-in page, returning afterwards to the page they were on. A form posted after the
    /// session ended returns to the page's own address: the handler it posted to (an article's
    /// <c>?handler=Save</c>) answers posts only, and the editor's script offers back the text that
    /// was being written. Scripts get 401.
    /// </summary>
    public static Task ToSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsScriptEndpoint(context))
        {
            return AnswerScriptAsync(context, StatusCodes.Status401Unauthorized, "Your session has ended: sign in again.");
        }
        var request = context.Request;
        var target = HttpMethods.IsPost(request.Method)
            ? request.PathBase + context.Options.LoginPath + QueryString.Create(context.Options.ReturnUrlParameter, request.PathBase + request.Path)
            : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    /// <summary>To the access-denied page; scripts get 403.</summary>
    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsScriptEndpoint(context))
        {
            return AnswerScriptAsync(context, StatusCodes.Status403Forbidden, "Your role does not allow this.");
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A status with a sentence. The body also keeps the status-code pages away: they would run the
    /// status page again with the script's POST, whose antiforgery check would turn it into a 400.
    /// </summary>
    private static Task AnswerScriptAsync(RedirectContext<CookieAuthenticationOptions> context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }

    private static bool IsScriptEndpoint(RedirectContext<CookieAuthenticationOptions> context) =>
        context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ScriptEndpointAttribute>() is not null;
}
