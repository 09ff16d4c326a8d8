using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages;

/// <summary>The friendly page for unhandled errors outside Development: no stack trace, a request id to quote.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    /// <summary>A failed form post is re-executed as a POST; it gets the same page.</summary>
    public void OnPost() => OnGet();
}
