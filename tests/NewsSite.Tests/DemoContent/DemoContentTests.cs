using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.DemoContent;

namespace NewsSite.Tests.DemoContent;

/// <summary>The test database is a copy of one seeded exactly as Development's first start seeds.</summary>
public class DemoContentTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Demo_site_has_enough_articles_sections_and_authors_to_feel_real()
    {
        await using var scope = site.Factory.OpenDatabase();
        var published = scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published);

        Assert.True(await published.CountAsync() >= 24);
        Assert.True(await published.Select(a => a.SectionId).Distinct().CountAsync() >= 5);
        Assert.True(await published.Select(a => a.AuthorId).Distinct().CountAsync() >= 3);
    }

    [Fact]
    public async Task Every_demo_article_has_a_hero_image_with_alt_text_caption_and_credit()
    {
        await using var scope = site.Factory.OpenDatabase();
        var articles = await scope.Db.Articles.Include(a => a.HeroImage).ToListAsync();

        Assert.All(articles, a =>
        {
            Assert.NotNull(a.HeroImage);
            Assert.True(a.HeroImage.Width > 0 && a.HeroImage.Height > 0);
            Assert.NotEmpty(a.HeroAltText);
            Assert.NotEmpty(a.HeroCaption);
            Assert.NotEmpty(a.HeroCredit);
        });
    }

    [Fact]
    public async Task Demo_bodies_use_subheadings_lists_quotes_and_figures_rendered_to_html()
    {
        await using var scope = site.Factory.OpenDatabase();
        var bodies = await scope.Db.Articles.Select(a => a.BodyHtml).ToListAsync();
        var documents = bodies.Select(Html.Parse).ToList();

        Assert.All(documents, d => Assert.NotNull(d.QuerySelector("h2[id]")));
        Assert.All(documents, d => Assert.NotNull(d.QuerySelector("ul, ol")));
        Assert.All(documents, d => Assert.NotNull(d.QuerySelector("blockquote")));
        Assert.Contains(documents, d => d.QuerySelector("figure figcaption .credit") is not null);
        Assert.Contains(documents, d => d.QuerySelector("table") is not null);
    }

    [Fact]
    public async Task Privacy_policy_and_terms_of_use_are_seeded_as_first_versions()
    {
        await using var scope = site.Factory.OpenDatabase();
        var pages = await scope.Db.SitePages.Include(p => p.Versions).ToDictionaryAsync(p => p.Slug);

        Assert.Equal(1, Assert.Single(pages["privacy-policy"].Versions).Version);
        Assert.Equal(1, Assert.Single(pages["terms-of-use"].Versions).Version);
        Assert.Contains("consent", pages["privacy-policy"].Versions[0].BodyHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await SnapshotAsync();

        await using (var scope = site.Factory.OpenDatabase())
        {
            await scope.Get<DemoContentSeeder>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Row counts and a digest of every article's stored fields, so any change shows.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        var db = scope.Db;
        var articles = await db.Articles.OrderBy(a => a.Id)
            .Select(a => a.Id + a.Slug + a.Title + a.BodyHtml + a.PublishedAt + a.UpdatedAt + a.HeroImageId).ToListAsync();
        return string.Join('|',
            await db.Articles.CountAsync(), await db.Sections.CountAsync(), await db.Authors.CountAsync(), await db.Tags.CountAsync(),
            await db.MediaAssets.CountAsync(), await db.SitePageVersions.CountAsync(), await db.Set<Dictionary<string, object>>("ArticleTag").CountAsync(),
            string.Join('\n', articles).GetHashCode(StringComparison.Ordinal));
    }
}
