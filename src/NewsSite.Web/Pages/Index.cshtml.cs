using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Pages;

[OutputCache(PolicyName = PublicCache.PolicyName)]
public class IndexModel(HomePageQuery query, TimeProvider time) : PageModel
{
    public HomePage Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await query.LoadAsync(time.GetUtcNow(), cancellationToken);
}
