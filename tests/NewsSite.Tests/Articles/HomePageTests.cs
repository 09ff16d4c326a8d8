using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles;

public class HomePageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Each_section_with_articles_has_a_strip_of_its_newest_in_the_editors_section_order()
    {
        var emptySection = new NewsSite.Web.Taxonomy.Section { Name = "Crosswords", Slug = "crosswords", SortOrder = -1 };
        List<(string Slug, List<string> Newest)> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            scope.Db.Sections.Add(emptySection);
            await scope.Db.SaveChangesAsync();
            var sections = await scope.Db.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Name).Select(s => new { s.Id, s.Slug }).ToListAsync();
            expected = [];
            foreach (var section in sections)
            {
                var newest = await scope.Db.Articles.Where(a => a.SectionId == section.Id && a.Status == ArticleStatus.Published)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).Take(HomePageQuery.StripCount).ToListAsync();
                if (newest.Count > 0)
                {
                    expected.Add((section.Slug, newest));
                }
            }
        }

        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/"));
        var strips = page.QuerySelectorAll("section[aria-labelledby^=strip-]").Select(strip => (
            Slug: strip.GetAttribute("aria-labelledby")!["strip-".Length..],
            Titles: strip.QuerySelectorAll(".card__title").Select(t => t.TextContent.Trim()).ToList())).ToList();

        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Select(e => e.Slug), strips.Select(s => s.Slug));
        Assert.All(expected.Zip(strips), pair => Assert.Equal(pair.First.Newest, pair.Second.Titles));
    }
}

/// <summary>Its own database, because it takes the editors' choices away.</summary>
public class HomePageWithoutFeaturedStoriesTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Without_featured_stories_the_newest_lead_and_the_latest_list_does_not_repeat_them()
    {
        List<string> newest;
        await using (var scope = site.Factory.OpenDatabase())
        {
            foreach (var article in await scope.Db.Articles.Where(a => a.IsFeatured).ToListAsync())
            {
                article.IsFeatured = false;
            }
            await scope.Db.SaveChangesAsync();
            newest = await scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).Take(6).ToListAsync();
        }

        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/"));
        var top = page.QuerySelectorAll("main > .card--lead .card__title, .card-grid--secondary .card__title").Select(e => e.TextContent.Trim());
        var latest = page.QuerySelectorAll("section[aria-labelledby=latest-heading] .card__title").Select(e => e.TextContent.Trim());

        Assert.Equal(newest.Take(HomePageQuery.TopStories), top);
        Assert.Equal(newest.Skip(HomePageQuery.TopStories), latest.Take(3));
    }
}
