using System.Text;
using System.Text.Encodings.Web;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// The HTML part, written for mail programs rather than browsers: a 600-pixel table layout that
/// narrows on phones, every style inline (many programs drop style blocks), and a dark-mode
/// block for the programs that honour <c>prefers-color-scheme</c>, over light defaults that read
/// well where it is ignored. Everything from editors and settings is HTML-encoded.
/// </summary>
public static class DigestHtmlTemplate
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private static string Head(string subject) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="supported-color-schemes" content="light dark">
        <title>{{Encoder.Encode(subject)}}</title>
        <style>
        :root { color-scheme: light dark; supported-color-schemes: light dark; }
        @media (max-width: 620px) { .digest-card { width: 100% !important; } .digest-pad { padding: 16px !important; } }
        @media (prefers-color-scheme: dark) {
          .digest-body, .digest-outer { background-color: #111418 !important; }
          .digest-card { background-color: #1c2128 !important; color: #e6e6e6 !important; }
          .digest-text, .digest-title a { color: #e6e6e6 !important; }
          .digest-muted { color: #a8b0ba !important; }
          .digest-link { color: #8ab4f8 !important; }
        }
        </style>
        </head>
        <body class="digest-body" style="margin:0;padding:0;background-color:#f3f4f6;">
        <table role="presentation" class="digest-outer" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
        <tr><td align="center" style="padding:24px 8px;">
        <table role="presentation" class="digest-card" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;color:#1f2328;font-family:Georgia,'Times New Roman',serif;">
        """;

    public static DigestTemplate Create(DigestContent content)
    {
        var top = new StringBuilder(Head(content.Subject))
            .Append("<tr><td class=\"digest-pad\" style=\"padding:24px 32px 8px 32px;\">")
            .Append("<p class=\"digest-muted\" style=\"margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#59636e;\">").Append(Encoder.Encode(DigestWording.Heading(content.Frequency))).Append("</p>")
            .Append("<h1 class=\"digest-text\" style=\"margin:4px 0 0 0;font-size:28px;line-height:1.2;color:#1f2328;\">").Append(Encoder.Encode(content.SiteName)).Append("</h1>");
        foreach (var paragraph in Paragraphs(content.Intro))
        {
            top.Append("<p class=\"digest-text\" style=\"margin:16px 0 0 0;font-size:17px;line-height:1.5;color:#1f2328;\">").Append(paragraph).Append("</p>");
        }
        top.Append("</td></tr>");
        var beforeManage = new StringBuilder()
            .Append("<tr><td class=\"digest-pad\" style=\"padding:24px 32px 32px 32px;border-top:1px solid #d0d7de;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.5;\">")
            .Append("<p class=\"digest-muted\" style=\"margin:0 0 8px 0;color:#59636e;\">").Append(Encoder.Encode(DigestWording.Reason(content))).Append("</p>")
            .Append("<p style=\"margin:0 0 8px 0;\"><a class=\"digest-link\" style=\"color:#0b57d0;\" href=\"");
        var between = "\">Change your preferences</a> &middot; <a class=\"digest-link\" style=\"color:#0b57d0;\" href=\"";
        var bottom = new StringBuilder("\">Unsubscribe</a></p>")
            .Append("<p class=\"digest-muted\" style=\"margin:0;color:#59636e;\">").Append(Encoder.Encode(content.SiteName));
        foreach (var line in content.PostalAddress.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bottom.Append("<br>").Append(Encoder.Encode(line));
        }
        bottom.Append("</p>");
        if (content.OpenCountImageUrl is { } openCountImage)
        {
            // In the piece every copy shares, so the address cannot tell one reader from another.
            bottom.Append("<img src=\"").Append(Encoder.Encode(openCountImage)).Append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\">");
        }
        bottom.Append("</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return new DigestTemplate(top.ToString(), [.. content.Articles.Select(Article)], beforeManage.ToString(), between, bottom.ToString(), Encoder.Encode);
    }

    private static string Article(DigestArticle article)
    {
        var html = new StringBuilder()
            .Append("<tr><td class=\"digest-pad\" style=\"padding:16px 32px;\">")
            .Append("<p class=\"digest-muted\" style=\"margin:0;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:0.05em;text-transform:uppercase;color:#59636e;\">").Append(Encoder.Encode(article.SectionName)).Append("</p>")
            .Append("<h2 class=\"digest-title\" style=\"margin:4px 0 0 0;font-size:21px;line-height:1.3;\"><a style=\"color:#1f2328;text-decoration:none;\" href=\"").Append(Encoder.Encode(article.Url)).Append("\">").Append(Encoder.Encode(article.Title)).Append("</a></h2>");
        if (article.Summary.Length > 0)
        {
            html.Append("<p class=\"digest-text\" style=\"margin:6px 0 0 0;font-size:16px;line-height:1.5;color:#1f2328;\">").Append(Encoder.Encode(article.Summary)).Append("</p>");
        }
        return html.Append("</td></tr>\n").ToString();
    }

    /// <summary>The intro is plain text: blank lines part paragraphs, single line breaks stay line breaks.</summary>
    private static IEnumerable<string> Paragraphs(string intro) =>
        intro.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join("<br>", p.Split('\n').Select(Encoder.Encode)));
}
