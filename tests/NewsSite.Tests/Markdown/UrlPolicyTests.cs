using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

public class UrlPolicyTests
{
    [Theory]
    [InlineData("/news/2024/harbour", nameof(UrlKind.Relative))]
    [InlineData("#why-it-matters", nameof(UrlKind.Relative))]
    [InlineData("./next", nameof(UrlKind.Relative))]
    [InlineData("../archive", nameof(UrlKind.Relative))]
    [InlineData("?page=2", nameof(UrlKind.Relative))]
    [InlineData("archive/2024", nameof(UrlKind.Relative))]
    [InlineData("/wiki/Category:News", nameof(UrlKind.Relative))]
    [InlineData("", nameof(UrlKind.Relative))]
    [InlineData("https://example.com/a?b=c:d", nameof(UrlKind.Web))]
    [InlineData("HTTP://EXAMPLE.COM", nameof(UrlKind.Web))]
    [InlineData("mailto:desk@example.com", nameof(UrlKind.Email))]
    public void Keeps_relative_web_and_mail_urls(string url, string expectedKind)
    {
        // UrlKind is internal to the web project, so the expectation travels as its name.
        Assert.Equal(expectedKind, UrlPolicy.Classify(url).ToString());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("\u200Bjavascript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("&#x6A;avascript&#x3A;alert(1)")]
    [InlineData("%6Aavascript:alert(1)")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData("%256Aavascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ｊａｖａｓｃｒｉｐｔ:alert(1)")]
    [InlineData("%25252525252525")]
    public void Refuses_every_other_scheme_however_it_is_disguised(string url)
    {
        Assert.Equal(UrlKind.Unsafe, UrlPolicy.Classify(url));
    }
}
