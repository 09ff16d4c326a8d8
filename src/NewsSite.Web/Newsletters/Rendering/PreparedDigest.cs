using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>An edition rendered once in both formats, from which each subscriber's copy is filled in.</summary>
public sealed class PreparedDigest
{
    private readonly DigestContent _content;
    private readonly DigestTemplate _html;
    private readonly DigestTemplate _text;
    private readonly IReadOnlyList<int> _everyArticle;

    public PreparedDigest(DigestContent content)
    {
        _content = content;
        _html = DigestHtmlTemplate.Create(content);
        _text = DigestTextTemplate.Create(content);
        _everyArticle = [.. Enumerable.Range(0, content.Articles.Count)];
    }

    public string Subject => _content.Subject;

    /// <summary>Whether the edition may still change (a draft being previewed), so must not be kept.</summary>
    public bool IsDraft => _content.IsDraft;

    /// <summary>The subscriber's copy: the articles in their sections, and their own links; null when none is in their sections.</summary>
    public DigestCopy? Render(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var chosen = subscriber.SectionIds.Count == 0
            ? _everyArticle
            : [.. _everyArticle.Where(i => subscriber.SectionIds.Contains(_content.Articles[i].SectionId))];
        if (chosen.Count == 0)
        {
            return null;
        }
        var manage = _content.BaseUrl + SubscriberLinks.ManagePath(subscriber);
        var unsubscribe = _content.BaseUrl + SubscriberLinks.UnsubscribePath(subscriber);
        return new DigestCopy(_html.Fill(chosen, manage, unsubscribe), _text.Fill(chosen, manage, unsubscribe), unsubscribe);
    }
}

/// <summary>One subscriber's digest in both formats, and the link that unsubscribes them in one click.</summary>
public sealed record DigestCopy(string Html, string Text, string UnsubscribeUrl);
