namespace NewsSite.Web.Markdown;

/// <summary>An entity whose Markdown is rendered to HTML when it is saved.</summary>
public interface IRendersMarkdown
{
    string BodyMarkdown { get; }
    string BodyHtml { get; set; }
}

/// <summary>An entity that also keeps the word count of its Markdown, counted when it is rendered.</summary>
public interface ICountsWords : IRendersMarkdown
{
    int WordCount { set; }
}
