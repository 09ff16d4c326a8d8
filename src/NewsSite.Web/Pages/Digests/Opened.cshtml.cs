using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Newsletters;

namespace NewsSite.Web.Pages.Digests;

/// <summary>
/// The open-count image of a digest edition (<see cref="DigestOpens"/>). Every request gets the same
/// image, counted or not, so the address tells nobody which editions exist or whether counting is
/// on. Never stored by mail programs' proxies or the output cache, so each open reaches the site,
/// and no cookie is set.
/// </summary>
public class OpenedModel(DigestOpens opens) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long editionId, CancellationToken cancellationToken)
    {
        await opens.CountAsync(editionId, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(DigestOpens.Image.ToArray(), "image/gif");
    }
}
