using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Pages;

public class PublicPagesTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Home_page_leads_with_the_editors_featured_stories_then_the_latest_newest_first()
    {
        List<string> featured, latest;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var published = scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published);
            featured = await published.Where(a => a.IsFeatured).OrderBy(a => a.FeaturedRank).Select(a => a.Title).ToListAsync();
            latest = await published.Where(a => !a.IsFeatured).OrderByDescending(a => a.PublishedAt).Select(a => a.Title).Take(6).ToListAsync();
        }

        var page = await Html.ParseAsync(await _client.GetAsync("/"));

        Assert.Equal(featured[0], page.QuerySelector(".card--lead .card__title")!.TextContent.Trim());
        Assert.Equal(featured, page.QuerySelectorAll("main > .card--lead .card__title, .card-grid--secondary .card__title").Select(e => e.TextContent.Trim()));
        var latestSection = page.QuerySelector("section[aria-labelledby=latest-heading]")!;
        Assert.Equal(latest, latestSection.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()).Take(6));
    }

    [Fact]
    public async Task Article_page_shows_headline_summary_byline_date_hero_figure_and_rendered_body()
    {
        Article article;
        await using (var scope = site.Factory.OpenDatabase())
        {
            article = await scope.Db.Articles.Include(a => a.Section).Include(a => a.Author).Include(a => a.HeroImage)
                .FirstAsync(a => a.Status == ArticleStatus.Published && a.BodyMarkdown.Contains("\n## "));
        }

        var response = await _client.GetAsync($"/{article.Section!.Slug}/{article.Slug}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(article.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(article.Summary, page.QuerySelector(".article__summary")!.TextContent.Trim());
        Assert.Contains(article.Author!.Name, page.QuerySelector(".article__meta")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(article.PublishedAt!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector(".article__meta time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        var hero = page.QuerySelector("figure.hero")!;
        Assert.Equal(article.HeroImage!.Path, hero.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal(article.HeroAltText, hero.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains(article.HeroCaption, hero.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(article.HeroCredit, hero.QuerySelector("figcaption .credit")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".article__body h2[id]"));
    }

    [Theory]
    [InlineData("/local/no-such-story-anywhere")]
    [InlineData("/pages/no-such-page")]
    [InlineData("/a/b/c/d")]
    public async Task Unknown_address_gets_404_in_the_sites_own_layout(string path)
    {
        var response = await _client.GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn’t find that page", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.site-header a.site-title"));
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public async Task Draft_article_is_not_visible_to_readers()
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            var template = await scope.Db.Articles.AsNoTracking().FirstAsync();
            scope.Db.Articles.Add(new Article
            {
                Title = "An unfinished draft",
                Slug = "an-unfinished-draft",
                SectionId = template.SectionId,
                AuthorId = template.AuthorId,
                BodyMarkdown = "Not ready.",
                Status = ArticleStatus.Draft,
            });
            await scope.Db.SaveChangesAsync();
        }

        var sectionSlug = await SectionSlugOfAnyArticleAsync();
        var response = await _client.GetAsync($"/{sectionSlug}/an-unfinished-draft");
        var home = await _client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("An unfinished draft", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_under_the_wrong_section_redirects_permanently_to_its_address()
    {
        string slug, section;
        await using (var scope = site.Factory.OpenDatabase())
        {
            (slug, section) = await scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published)
                .Select(a => new ValueTuple<string, string>(a.Slug, a.Section!.Slug)).FirstAsync();
        }

        var response = await _client.GetAsync($"/not-its-section/{slug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/{section}/{slug}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("privacy-policy", "Privacy Policy")]
    [InlineData("terms-of-use", "Terms of Use")]
    public async Task Policy_pages_are_linked_from_every_page_and_show_their_current_version(string slug, string linkText)
    {
        var home = await Html.ParseAsync(await _client.GetAsync("/"));
        var link = home.QuerySelectorAll("footer nav a").Single(a => a.TextContent.Trim() == linkText);

        var response = await _client.GetAsync(link.GetAttribute("href"));
        var page = await Html.ParseAsync(response);

        Assert.Equal($"/pages/{slug}", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Version 1", page.QuerySelector(".article__meta")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector(".article__body")!.TextContent.Length > 1000);
    }

    private async Task<string> SectionSlugOfAnyArticleAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Sections.Select(s => s.Slug).FirstAsync();
    }
}
