namespace NewsSite.Web.Search.Lexicon;

/// <summary>
/// A word found in published articles, as written (lower-cased, not stemmed), and in about how
/// many: what "Did you mean" offers, and how search tells a whole word from one still being typed.
/// </summary>
public class SearchWord
{
    public const int MaxLength = 40;

    public required string Word { get; set; }

    /// <summary>Counted when articles are published; edits and withdrawals are not subtracted, so it is a guide, not a fact.</summary>
    public int Articles { get; set; }
}

/// <summary>
/// A published article whose words the lexicon has not read yet. A trigger on <c>articles</c>
/// adds the row whenever an article becomes published, by any path (the editor, the scheduler, an
/// import), whatever date it carries; the lexicon reader removes it once the words are counted.
/// </summary>
public class SearchLexiconQueueEntry
{
    public int ArticleId { get; set; }
}
