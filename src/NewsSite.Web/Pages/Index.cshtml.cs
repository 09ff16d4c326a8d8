using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages;

public class IndexModel(NewsDbContext db, TimeProvider time) : PageModel
{
    private const int LatestCount = 30;

    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await db.LatestCards(time.GetUtcNow(), LatestCount).AsNoTracking().ToListAsync(cancellationToken);
    }
}
