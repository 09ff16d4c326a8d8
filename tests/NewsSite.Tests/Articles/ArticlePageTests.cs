using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles;

public class ArticlePageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private const string FerryTrial = "/local/harbour-authority-approves-night-ferry-trial";
    private readonly HttpClient _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Article_shows_tags_reading_time_and_share_links_that_load_no_script()
    {
        var page = await Html.ParseAsync(await _client.GetAsync(FerryTrial));

        var tags = page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tag/harbour", tags);
        Assert.Matches(@"^\d+ min read$", page.QuerySelectorAll(".article__meta span")[^1].TextContent.Trim());
        var share = page.QuerySelector(".share")!;
        Assert.True(share.QuerySelectorAll("a").Length >= 4);
        Assert.Empty(share.QuerySelectorAll("script, iframe"));
        Assert.Contains(share.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("mailto:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_share_link_carries_the_articles_address_and_headline()
    {
        var page = await Html.ParseAsync(await _client.GetAsync(FerryTrial));
        var address = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        var headline = page.QuerySelector("h1")!.TextContent.Trim();

        var links = page.QuerySelectorAll(".share a[href]").Select(a => (Name: a.TextContent.Trim(), Href: Uri.UnescapeDataString(a.GetAttribute("href")!))).ToList();

        Assert.Equal(["Email", "Bluesky", "Mastodon", "X", "Facebook", "LinkedIn", "WhatsApp"], links.Select(l => l.Name));
        Assert.All(links, link => Assert.Contains(address, link.Href, StringComparison.Ordinal));
        Assert.All(links.Where(l => l.Name is not ("Facebook" or "LinkedIn")), link => Assert.Contains(headline, link.Href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Related_articles_and_previous_next_follow_publication_order()
    {
        List<string> order;
        await using (var scope = site.Factory.OpenDatabase())
        {
            order = await scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published)
                .OrderBy(a => a.PublishedAt).Select(a => $"/{a.Section!.Slug}/{a.Slug}").ToListAsync();
        }
        var middle = order[order.Count / 2];

        var page = await Html.ParseAsync(await _client.GetAsync(middle));

        Assert.Equal(order[(order.Count / 2) - 1], page.QuerySelector(".article-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(order[(order.Count / 2) + 1], page.QuerySelector(".article-nav a[rel=next]")!.GetAttribute("href"));
        var related = page.QuerySelectorAll(".related .card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.InRange(related.Count, 1, ArticleNeighbours.RelatedCount);
        Assert.DoesNotContain(middle, related);
    }

    [Fact]
    public async Task Related_articles_put_those_sharing_a_tag_first_then_fill_from_the_section_without_repeats()
    {
        var lighthouses = new NewsSite.Web.Taxonomy.Tag { Name = "Lighthouses", Slug = $"lighthouses-{Guid.NewGuid():N}" };
        var now = DateTimeOffset.UtcNow;
        var subject = TestArticles.Published("Keepers return to the old light", publishedAt: now.AddMinutes(-1));
        var sharesTag = TestArticles.Published("Lighthouse lamp restored", publishedAt: now.AddDays(-30));
        subject.Tags.Add(lighthouses);
        sharesTag.Tags.Add(lighthouses);
        var paths = await site.Factory.AddAsync(subject, sharesTag);
        var sectionPath = paths[0][..paths[0].LastIndexOf('/')];

        var page = await Html.ParseAsync(await _client.GetAsync(paths[0]));
        var related = page.QuerySelectorAll(".related .card").Select(card => (
            Path: card.QuerySelector(".card__title a")!.GetAttribute("href"),
            Section: card.QuerySelector(".kicker a")!.GetAttribute("href"))).ToList();

        Assert.Equal(ArticleNeighbours.RelatedCount, related.Count);
        Assert.Equal(paths[1], related[0].Path);
        Assert.Equal(related.Count, related.Select(r => r.Path).Distinct().Count());
        Assert.DoesNotContain(paths[0], related.Select(r => r.Path));
        Assert.All(related.Skip(1), r => Assert.Equal(sectionPath, r.Section));
    }

    [Fact]
    public async Task Search_engines_and_social_networks_get_canonical_url_cards_and_structured_data()
    {
        var page = await Html.ParseAsync(await _client.GetAsync(FerryTrial));

        Assert.EndsWith(FerryTrial, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.StartsWith("http", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        var types = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.GetProperty("@type").GetString()).ToList();
        Assert.Equal(["NewsMediaOrganization", "NewsArticle", "BreadcrumbList"], types);
    }

    [Fact]
    public async Task Advertisement_slots_are_labelled_and_sized_when_configured_and_absent_when_not()
    {
        var withAds = await Html.ParseAsync(await _client.GetAsync(FerryTrial));
        Assert.NotEmpty(withAds.QuerySelectorAll(".article__body .ad-slot"));
        Assert.All(withAds.QuerySelectorAll(".ad-slot"), slot =>
        {
            Assert.Equal("Advertisement", slot.QuerySelector(".ad-slot__label")!.TextContent);
            Assert.NotNull(slot.QuerySelector("[width][height]"));
        });

        await using (var scope = site.Factory.OpenDatabase())
        {
            var settings = await scope.Db.SiteSettings.SingleAsync();
            settings.Ads.InArticle = null;
            settings.Ads.Sidebar = null;
            await scope.Db.SaveChangesAsync();
        }
        var withoutAds = await Html.ParseAsync(await _client.GetAsync(FerryTrial));

        Assert.Empty(withoutAds.QuerySelectorAll(".ad-slot"));
    }

    [Fact]
    public async Task Withdrawn_article_answers_410_with_an_explanation()
    {
        var article = TestArticles.Published("To be withdrawn");
        article.Status = ArticleStatus.Withdrawn;
        var path = (await site.Factory.AddAsync(article)).Single();

        var response = await _client.GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This article has been withdrawn", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Article_scheduled_for_later_is_not_shown_yet()
    {
        var path = (await site.Factory.AddAsync(TestArticles.Published("From the future", publishedAt: DateTimeOffset.UtcNow.AddDays(1)))).Single();

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
    }
}
