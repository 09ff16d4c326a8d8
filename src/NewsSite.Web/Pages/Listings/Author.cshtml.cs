using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Pages.Listings;

[OutputCache(PolicyName = PublicCache.PolicyName)]
public class AuthorModel(ListingQuery query, PublicAddress address, TimeProvider time) : ListingPageModel(query, address, time, SlugKind.Author);
