using System.Text;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>The plain-text part: the same content as the HTML part, for mail programs and readers that prefer text.</summary>
public static class DigestTextTemplate
{
    public static DigestTemplate Create(DigestContent content)
    {
        var top = new StringBuilder().Append(content.SiteName).Append('\n')
            .Append(DigestWording.Heading(content.Frequency)).Append("\n\n");
        if (content.Intro.Length > 0)
        {
            top.Append(content.Intro.ReplaceLineEndings("\n")).Append("\n\n");
        }
        var articles = content.Articles.Select(Article).ToList();
        var beforeManage = $"----\n{DigestWording.Reason(content)}\nChange your preferences: ";
        var bottom = new StringBuilder("\n\n").Append(content.SiteName).Append('\n');
        if (content.PostalAddress.Length > 0)
        {
            bottom.Append(content.PostalAddress.ReplaceLineEndings("\n")).Append('\n');
        }
        return new DigestTemplate(top.ToString(), articles, beforeManage, "\nUnsubscribe: ", bottom.ToString(), link => link);
    }

    private static string Article(DigestArticle article)
    {
        var text = new StringBuilder().Append(article.SectionName.ToUpperInvariant()).Append('\n')
            .Append(article.Title).Append('\n');
        if (article.Summary.Length > 0)
        {
            text.Append(article.Summary).Append('\n');
        }
        return text.Append(article.Url).Append("\n\n").ToString();
    }
}
