using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Articles;

public class ShowModel(NewsDbContext db, TimeProvider time) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken cancellationToken)
    {
        var article = await ArticleView.FindPublishedAsync(db, slug, time.GetUtcNow(), cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        if (!string.Equals(section, article.SectionSlug, StringComparison.Ordinal))
        {
            // The slug is unique on its own; the section part is for readers, so a wrong one redirects.
            return RedirectPermanent(PublicUrls.Article(article.SectionSlug, article.Slug));
        }
        Article = article;
        return Page();
    }
}
