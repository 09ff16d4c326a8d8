using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages;

/// <summary>
/// The page shown for error status codes (404 and friends), in the site's own layout. It changes
/// nothing, so the posts re-executed here need no antiforgery token (the refused form's own
/// request may have had none).
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code;
        // Reached directly (not re-executed for another request's status), keep the code honest.
        Response.StatusCode = code is >= 400 and <= 599 ? code : 404;
    }

    /// <summary>Status pages for form posts are re-executed as POSTs; they get the same page.</summary>
    public void OnPost(int code) => OnGet(code);
}
