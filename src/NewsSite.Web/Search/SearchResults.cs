using Microsoft.AspNetCore.Html;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Search;

/// <summary>One page of matches for <see cref="Query"/>, best first.</summary>
public sealed record SearchResults(string Query, int TotalCount, int Page, int PageCount, IReadOnlyList<SearchHit> Hits)
{
    public int FirstPosition => (Page - 1) * ArticleSearch.PageSize + 1;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public string PageUrl(int page) => PublicUrls.Page(PublicUrls.Search(Query), page);
}

/// <summary>A matching article, with an excerpt in which the matched words are marked.</summary>
public sealed record SearchHit(string Title, string Slug, string SectionSlug, string SectionName, DateTimeOffset PublishedAt, HtmlString Snippet)
{
    public string Url => PublicUrls.Article(SectionSlug, Slug);
}
