namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// The Markdown nests quotes, lists or brackets deeper than any real article does. It is
/// refused with a message the editor can act on, instead of risking the server's stack.
/// </summary>
public sealed class MarkdownTooComplexException : Exception
{
    public MarkdownTooComplexException(Exception innerException)
        : base("The text nests quotes, lists or brackets too deeply to publish. Simplify the nesting and save again.", innerException) { }

    public MarkdownTooComplexException() { }

    public MarkdownTooComplexException(string message) : base(message) { }

    public MarkdownTooComplexException(string message, Exception innerException) : base(message, innerException) { }
}
