using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Pages.Articles;

[OutputCache(PolicyName = PublicCache.PolicyName)]
public class ShowModel(ArticlePageQuery query, TimeProvider time) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public ArticleNeighbours Neighbours { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await query.LoadAsync(slug, now, cancellationToken) is not ({ } article, { } neighbours))
        {
            return await RedirectFromOldSlugAsync(slug, now, cancellationToken);
        }
        if (article.Status == ArticleStatus.Withdrawn)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }
        if (!article.IsReadable(now))
        {
            return NotFound();
        }
        if (!string.Equals(section, article.SectionSlug, StringComparison.Ordinal))
        {
            // The slug alone identifies the article; a wrong or renamed section redirects to its address.
            return RedirectPermanent(article.Url);
        }
        Article = article;
        Neighbours = neighbours;
        return Page();
    }

    private async Task<IActionResult> RedirectFromOldSlugAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await query.MovedToAsync(slug, now, cancellationToken);
        return target is null ? NotFound() : RedirectPermanent(target);
    }
}
