using Xunit.Sdk;

namespace NewsSite.Tests.Markdown;

/// <summary>The hostile corpus only means something if its safety check rejects unsafe HTML; these prove it does.</summary>
public class HtmlSafetyAssertTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<svg><circle /></svg>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,x\">")]
    [InlineData("<a href=\"vbscript:x\">x</a>")]
    public void Rejects_unsafe_html(string html)
    {
        Assert.ThrowsAny<XunitException>(() => HtmlSafetyAssert.Safe(html));
    }

    [Theory]
    [InlineData("<p><a href=\"https://example.com/a\">x</a> <a href=\"/about\">y</a> <a href=\"#top\">z</a></p>")]
    [InlineData("<p><a href=\"mailto:desk@example.com\">x</a> <img src=\"photo.jpg\" alt=\"\"></p>")]
    public void Accepts_safe_html(string html)
    {
        HtmlSafetyAssert.Safe(html);
    }
}
