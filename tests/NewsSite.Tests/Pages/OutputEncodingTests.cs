using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Slugs;

namespace NewsSite.Tests.Pages;

public class OutputEncodingTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Hostile_title_summary_and_caption_are_shown_as_text_and_never_run()
    {
        string path;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var source = await scope.Db.Articles.Include(a => a.Section).FirstAsync(a => a.HeroImageId != null);
            var article = new Article
            {
                Title = "Headline " + Hostile,
                Slug = "hostile-fields",
                Summary = "Summary " + Hostile,
                SectionId = source.SectionId,
                AuthorId = source.AuthorId,
                HeroImageId = source.HeroImageId,
                HeroAltText = "Alt \" onload=\"alert(1)",
                HeroCaption = "Caption " + Hostile,
                BodyMarkdown = "Body " + Hostile,
                Status = ArticleStatus.Published,
                PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            };
            scope.Db.Articles.Add(article);
            await scope.Db.SaveChangesAsync();
            path = PublicUrls.Article(source.Section!.Slug, article.Slug);
        }

        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync(path));
        var home = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/"));

        foreach (var document in new[] { page, home })
        {
            // The only scripts are the site's own files and JSON-LD data blocks, which browsers never run.
            Assert.All(document.QuerySelectorAll("script"), script => Assert.True(
                script.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true || script.GetAttribute("type") == "application/ld+json"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent)).ToList();
        Assert.Contains(jsonLd, d => d.RootElement.TryGetProperty("headline", out var headline) && headline.GetString() == "Headline " + Hostile);
        Assert.Equal("Headline " + Hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(Hostile, page.QuerySelector("figure.hero figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alt \" onload=\"alert(1)", page.QuerySelector("figure.hero img")!.GetAttribute("alt"));
        Assert.Contains(Hostile, page.QuerySelector(".article__body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_hardening_headers()
    {
        var response = await site.Factory.CreateClient().GetAsync("/");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
