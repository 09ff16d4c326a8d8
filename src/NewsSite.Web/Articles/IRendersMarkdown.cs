namespace NewsSite.Web.Articles;

/// <summary>An entity whose Markdown is rendered to HTML when it is saved.</summary>
public interface IRendersMarkdown
{
    string BodyMarkdown { get; }
    string BodyHtml { get; set; }
}
