using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Feeds;

/// <summary>
/// What every feed, sitemap and robots.txt handler needs, bound by minimal APIs through
/// <c>[AsParameters]</c>: the database, the clock and the site's public address.
/// </summary>
internal readonly record struct FeedRequest(HttpContext HttpContext, NewsDbContext Db, TimeProvider Time, IOptions<SiteOptions> Options, PublicAddress Address)
{
    public SiteOptions Site => Options.Value;

    public CancellationToken Cancellation => HttpContext.RequestAborted;

    public IQueryable<Article> PublishedArticles(DateTimeOffset now) => Db.Articles.AsNoTracking().Published(now);

    /// <summary><paramref name="path"/> as an absolute URL (see <see cref="PublicAddress"/>).</summary>
    public string Absolute(string path) => Address.Absolute(path);
}
