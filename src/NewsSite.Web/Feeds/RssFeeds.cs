using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Feeds;

/// <summary>The RSS feeds: the whole site, and one for each section, tag and author.</summary>
internal static class RssFeeds
{
    public const int ItemCount = 30;

    /// <summary>A section, tag or author as its feed names it.</summary>
    private sealed record Listing(int Id, string Name, string Description, string Path);

    public static Task<IResult> SiteAsync([AsParameters] FeedRequest request) =>
        RenderAsync(request, new RssChannel(request.Site.Name, request.Site.Description, PublicUrls.Home), _ => true);

    // Sections and authors are matched by id, not through a join on their slug, so that PostgreSQL
    // reads their newest articles straight from the (owner, status, published_at, id) indexes.
    public static Task<IResult> SectionAsync(string section, [AsParameters] FeedRequest request) =>
        ListingAsync(request,
            request.Db.Sections.Where(s => s.Slug == section).Select(s => new Listing(s.Id, s.Name, s.Description, PublicUrls.Section(s.Slug))),
            found => Task.FromResult<Expression<Func<Article, bool>>>(a => a.SectionId == found.Id));

    /// <summary>
    /// A tag's newest articles are found through <c>article_tags</c>' own order (see <see cref="ListingSql"/>):
    /// asking for "articles having the tag, newest first" would make PostgreSQL fetch and sort every
    /// article of a tag that many articles carry.
    /// </summary>
    public static Task<IResult> TagAsync(string slug, [AsParameters] FeedRequest request) =>
        ListingAsync(request,
            request.Db.Tags.Where(t => t.Slug == slug).Select(t => new Listing(t.Id, t.Name, "", PublicUrls.Tag(t.Slug))),
            async found =>
            {
                var newest = await RawSqlQuery.ReadAsync(request.Db, ListingSql.For(SlugKind.Tag).NewestIds(ItemCount),
                    [found.Id, request.Time.GetUtcNow()], ListingSql.ReadIdsAsync, request.Cancellation);
                return a => newest.Contains(a.Id);
            });

    public static Task<IResult> AuthorAsync(string slug, [AsParameters] FeedRequest request) =>
        ListingAsync(request,
            request.Db.Authors.Where(au => au.Slug == slug).Select(au => new Listing(au.Id, au.Name, au.Bio, PublicUrls.Author(au.Slug))),
            found => Task.FromResult<Expression<Func<Article, bool>>>(a => a.AuthorId == found.Id));

    private static async Task<IResult> ListingAsync(
        FeedRequest request, IQueryable<Listing> listing, Func<Listing, Task<Expression<Func<Article, bool>>>> belongs)
    {
        var found = await listing.AsNoTracking().FirstOrDefaultAsync(request.Cancellation);
        if (found is null)
        {
            return Results.NotFound();
        }
        var description = found.Description.Length > 0 ? found.Description : request.Site.Description;
        return await RenderAsync(request, new RssChannel($"{found.Name} – {request.Site.Name}", description, found.Path), await belongs(found));
    }

    private static async Task<IResult> RenderAsync(FeedRequest request, RssChannel channel, Expression<Func<Article, bool>> belongs)
    {
        var now = request.Time.GetUtcNow();
        var items = await request.PublishedArticles(now).Where(belongs)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(ItemCount)
            .Select(a => new FeedItem(a.Title, PublicUrls.Article(a.Section!.Slug, a.Slug), a.Summary, a.Section.Name, a.Author!.Name, a.PublishedAt!.Value))
            .ToListAsync(request.Cancellation);
        return XmlResponse.Create(RssWriter.ContentType, xml => RssWriter.Write(xml, request, channel, items, now));
    }
}
