using System.Net;
using NewsSite.Tests.Articles.Editing.Live;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Articles.Previews;

public class ArticlePreviewTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private const string Markdown = """
        ## Harbour news

        | Ferry | Leaves |
        |:------|-------:|
        | Night | 23:10 |

        <script>alert('preview')</script>

        [A trap](javascript:alert(1)) and **bold** words.
        """;

    [Fact]
    public async Task Preview_is_the_html_readers_get_for_the_same_markdown()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var published = TestArticles.Published("Preview twin", Markdown);
        await site.Factory.AddAsync(published);

        var response = await EditorScript.CallAsync(author, "Preview", null, await EditorScript.TokenAsync(author), new() { ["markdown"] = Markdown });
        var html = await response.Content.ReadAsStringAsync();
        var preview = Html.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(published.BodyHtml, html);
        Assert.Equal("Harbour news", preview.QuerySelector("h2")!.TextContent);
        Assert.Equal("23:10", preview.QuerySelector("table td.align-right")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Text_over_the_limit_gets_a_message_instead_of_a_preview()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);

        var response = await EditorScript.CallAsync(author, "Preview", null, await EditorScript.TokenAsync(author), new() { ["markdown"] = new string('a', 100_001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The text is longer than 100,000 characters; shorten it.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_session_the_preview_answers_401_not_the_sign_in_page()
    {
        var response = await EditorScript.CallAsync(site.Factory.CreateBrowser(), "Preview", null, null, new() { ["markdown"] = Markdown });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Your session has ended: sign in again.", await response.Content.ReadAsStringAsync());
    }
}
