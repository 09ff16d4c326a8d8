using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Previews;

namespace NewsSite.Web.Pages.Previews;

/// <summary>
/// An article's preview for whoever holds a secret link, signed in or not: the article's current
/// saved text, never cached, never indexed, and setting no cookie. A link that no longer works
/// (or never did) gets one friendly page, which says nothing about which links exist.
/// </summary>
[EnableRateLimiting(PreviewRegistration.RateLimitPolicy)]
public class ShowModel(ArticlePreviewQuery previews, PreviewLinks links, TimeProvider time) : PageModel
{
    public (ArticleView Article, ArticleNeighbours Neighbours)? Shown { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        PreviewResponse.KeepPrivate(Response);
        if (await links.FindArticleAsync(token, cancellationToken) is { } articleId)
        {
            Shown = await previews.LoadAsync(articleId, time.GetUtcNow(), cancellationToken);
        }
        if (Shown is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
