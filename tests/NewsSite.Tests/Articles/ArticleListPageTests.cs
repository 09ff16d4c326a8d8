using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles;

public class ArticleListPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_filters_articles_by_status_section_and_title()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var draft = TestArticles.Published("Lighthouse keepers' 100% pay rise");
        draft.Status = ArticleStatus.Draft;
        await site.Factory.AddAsync(draft);
        int sectionId;
        await using (var scope = site.Factory.OpenDatabase())
        {
            sectionId = await scope.Db.Articles.Where(a => a.Id == draft.Id).Select(a => a.SectionId).SingleAsync();
        }

        var byTitle = await TitlesAsync(editor, "/admin/articles?q=100%25");
        var drafts = await TitlesAsync(editor, $"/admin/articles?status=Draft&section={sectionId}");
        var published = await TitlesAsync(editor, "/admin/articles?status=Published");

        Assert.Equal(["Lighthouse keepers' 100% pay rise"], byTitle);
        Assert.Contains("Lighthouse keepers' 100% pay rise", drafts);
        Assert.DoesNotContain("Lighthouse keepers' 100% pay rise", published);
        Assert.NotEmpty(published);
    }

    [Fact]
    public async Task Author_sees_only_the_articles_they_created()
    {
        var (author, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var own = TestArticles.Published("My own first draft");
        own.Status = ArticleStatus.Draft;
        await using (var scope = site.Factory.OpenDatabase())
        {
            own.CreatedById = await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }
        await site.Factory.AddAsync(own, TestArticles.Published("Somebody else's first draft"));

        var titles = await TitlesAsync(author, "/admin/articles");
        var searched = await TitlesAsync(author, "/admin/articles?q=first%20draft");

        Assert.Equal(["My own first draft"], titles);
        Assert.Equal(["My own first draft"], searched);
    }

    [Fact]
    public async Task Editor_pages_through_a_list_longer_than_one_page_by_older_and_newer_links()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        for (var i = 0; i <= Web.Articles.Editing.ArticleListQuery.PageSize; i++)
        {
            await site.Factory.AddAsync(TestArticles.Published($"Harbour log entry {i}"));
        }

        var first = await Html.ParseAsync(await editor.GetAsync("/admin/articles?q=harbour%20LOG"));
        var olderUrl = first.QuerySelector(".admin-pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.ParseAsync(await editor.GetAsync(olderUrl));
        var newerUrl = second.QuerySelector(".admin-pagination a[rel=prev]")!.GetAttribute("href")!;
        var backToFirst = await TitlesAsync(editor, newerUrl);

        Assert.Equal(Web.Articles.Editing.ArticleListQuery.PageSize, Titles(first).Count);
        Assert.Null(first.QuerySelector(".admin-pagination a[rel=prev]"));
        Assert.Contains("q=harbour%20LOG", olderUrl, StringComparison.Ordinal);
        Assert.Contains("before=", olderUrl, StringComparison.Ordinal);
        Assert.Single(Titles(second));
        Assert.DoesNotContain(Titles(second)[0], Titles(first));
        Assert.Null(second.QuerySelector(".admin-pagination a[rel=next]"));
        Assert.Equal(Titles(first), backToFirst);
    }

    [Theory]
    [InlineData("/admin/articles?before=junk")]
    [InlineData("/admin/articles?page=7")]
    public async Task Odd_or_old_paging_parameters_show_the_first_page(string url)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var titles = await TitlesAsync(editor, url);

        Assert.Equal(await TitlesAsync(editor, "/admin/articles"), titles);
        Assert.NotEmpty(titles);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table.admin-table tbody tr td:first-child").Select(td => td.TextContent).ToList();

    private static async Task<List<string>> TitlesAsync(HttpClient browser, string url) =>
        Titles(await Html.ParseAsync(await browser.GetAsync(url)));
}
