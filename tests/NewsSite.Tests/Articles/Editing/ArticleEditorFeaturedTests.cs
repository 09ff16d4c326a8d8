using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using static NewsSite.Tests.Articles.Editing.EditorForm;

namespace NewsSite.Tests.Articles.Editing;

public class ArticleEditorFeaturedTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_features_an_article_at_a_position()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await NewAsync(editor, "Regatta week programme announced");
        fields["Input.IsFeatured"] = "true";
        fields["Input.FeaturedRank"] = "3";

        var saved = await PostAsync(editor, NewArticle, "Save", fields);
        var reopened = await Html.ParseAsync(await editor.GetAsync(saved.Headers.Location!.OriginalString));

        var article = await ArticleAsync(site.Factory, "Regatta week programme announced");
        Assert.True(article.IsFeatured);
        Assert.Equal(3, article.FeaturedRank);
        Assert.Equal("Featured on the home page", reopened.QuerySelector("label[for=featured]")!.TextContent);
        Assert.NotNull(reopened.QuerySelector("#featured[checked]"));
    }

    [Fact]
    public async Task Author_is_not_offered_featuring_and_featuring_posted_anyway_is_ignored()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var fields = await NewAsync(author, "Why the lifeboat needs a new station");
        var offered = (await Html.ParseAsync(await author.GetAsync(NewArticle))).QuerySelector("#featured");
        fields["Input.IsFeatured"] = "true";
        fields["Input.FeaturedRank"] = "1";

        var saved = await PostAsync(author, NewArticle, "Save", fields);

        Assert.Null(offered);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var article = await ArticleAsync(site.Factory, "Why the lifeboat needs a new station");
        Assert.False(article.IsFeatured);
        Assert.Equal(0, article.FeaturedRank);
    }

    [Fact]
    public async Task A_position_that_is_not_a_number_is_refused_rather_than_saved_as_zero()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await NewAsync(editor, "Ferry timetable changes");
        fields["Input.IsFeatured"] = "true";
        fields["Input.FeaturedRank"] = "first";

        var page = await Html.ParseAsync(await PostAsync(editor, NewArticle, "Save", fields));

        Assert.Contains(page.QuerySelectorAll("[role=alert] li"), li => li.TextContent.Contains("'first' is not valid", StringComparison.Ordinal));
        Assert.Equal("Ferry timetable changes", page.QuerySelector("#title")!.GetAttribute("value"));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(scope.Db.Articles.Any(a => a.Title == "Ferry timetable changes"));
    }
}
