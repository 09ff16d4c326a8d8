using Ganss.Xss;
using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

/// <summary>
/// The sanitizer is the second line of defence, so it is tested on raw HTML: the Markdown pipeline never lets
/// such HTML through and could not show whether the sanitizer would have caught it.
/// </summary>
public class SanitizerAllowListTests
{
    private static readonly HtmlSanitizer Sanitizer = SanitizerAllowList.CreateSanitizer();

    [Theory]
    [MemberData(nameof(HostileMarkdownCorpus.RawHtml), MemberType = typeof(HostileMarkdownCorpus))]
    [InlineData("<p style=\"color: red\">x</p>")]
    [InlineData("<form><input name=\"q\"><button>Go</button></form>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"x\">")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<video src=\"/v.mp4\" poster=\"javascript:alert(1)\"></video>")]
    public void Removes_what_the_pipeline_never_produces(string html)
    {
        HtmlSafetyAssert.Safe(Sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<h2 id=\"why-it-matters\">Why it matters</h2>")]
    [InlineData("<p><a href=\"https://example.com/a\" rel=\"noopener noreferrer\" title=\"T\">x</a> <a href=\"/b\">y</a> <a href=\"mailto:desk@example.com\">z</a></p>")]
    [InlineData("<figure class=\"figure\"><img src=\"/i.jpg\" loading=\"lazy\" alt=\"a\" width=\"640\" height=\"480\"><figcaption>Caption <span class=\"credit\">Photo: X</span></figcaption></figure>")]
    [InlineData("<blockquote><ul><li>a</li></ul><ol start=\"3\" type=\"a\"><li>b</li></ol></blockquote>")]
    [InlineData("<table><thead><tr><th class=\"align-left\">a</th></tr></thead><tbody><tr><td class=\"align-right\">1</td></tr></tbody></table>")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;</code></pre>")]
    [InlineData("<p><em>a</em><strong>b</strong><del>c</del><sub>d</sub><sup>e</sup><br></p><hr>")]
    [InlineData("<p>x<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a></p><div class=\"footnotes\"><hr><ol><li id=\"fn:1\"><p>n<a href=\"#fnref:1\" class=\"footnote-back-ref\">↩</a></p></li></ol></div>")]
    public void Keeps_markup_the_pipeline_produces(string html)
    {
        Assert.Equal(html, Sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<p class=\"figure evil\">x</p>", "<p class=\"figure\">x</p>")]
    [InlineData("<p class=\"language-js\">x</p>", "<p>x</p>")]
    [InlineData("<code class=\"language-fsharp\">x</code>", "<code class=\"language-fsharp\">x</code>")]
    public void Keeps_only_the_classes_the_pipeline_uses(string html, string expected)
    {
        Assert.Equal(expected, Sanitizer.Sanitize(html));
    }
}
