using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Markdown;

public class MarkdownOnSaveTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Saving_an_article_stores_its_body_rendered_to_safe_html_and_rerenders_on_change()
    {
        int id;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var any = await scope.Db.Articles.AsNoTracking().FirstAsync();
            var article = new Article
            {
                Title = "Rendered on save",
                Slug = "rendered-on-save",
                SectionId = any.SectionId,
                AuthorId = any.AuthorId,
                BodyMarkdown = "## First draft\n\n<script>alert(1)</script>",
            };
            scope.Db.Articles.Add(article);
            await scope.Db.SaveChangesAsync();
            id = article.Id;
        }

        await using (var scope = site.Factory.OpenDatabase())
        {
            var stored = await scope.Db.Articles.SingleAsync(a => a.Id == id);
            var html = Html.Parse(stored.BodyHtml);
            Assert.Equal("First draft", html.QuerySelector("h2")!.TextContent);
            Assert.Null(html.QuerySelector("script"));

            stored.BodyMarkdown = "## Second draft";
            await scope.Db.SaveChangesAsync();
        }

        await using (var scope = site.Factory.OpenDatabase())
        {
            var html = await scope.Db.Articles.Where(a => a.Id == id).Select(a => a.BodyHtml).SingleAsync();
            Assert.Equal("Second draft", Html.Parse(html).QuerySelector("h2")!.TextContent);
        }
    }
}
