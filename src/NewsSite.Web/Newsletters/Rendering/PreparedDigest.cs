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
    public DigestCopy? Render(Subscriber subscriber) =>
        Personalise(subscriber) is { } copy
            ? new DigestCopy(_html.Fill(copy.Articles, copy.ManageUrl, copy.UnsubscribeUrl), _text.Fill(copy.Articles, copy.ManageUrl, copy.UnsubscribeUrl), copy.UnsubscribeUrl)
            : null;

    /// <summary>The same copy as <see cref="Render"/>, as the body of the email that sends it.</summary>
    public EncodedDigestCopy? RenderEncoded(Subscriber subscriber) =>
        Personalise(subscriber) is { } copy
            ? new EncodedDigestCopy(new EncodedDigestBody(_text, _html, copy.Articles, copy.ManageUrl, copy.UnsubscribeUrl), copy.UnsubscribeUrl)
            : null;

    private Personalisation? Personalise(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var chosen = subscriber.SectionIds.Count == 0
            ? _everyArticle
            : [.. _everyArticle.Where(i => subscriber.SectionIds.Contains(_content.Articles[i].SectionId))];
        if (chosen.Count == 0)
        {
            return null;
        }
        return new Personalisation(chosen, _content.BaseUrl + SubscriberLinks.ManagePath(subscriber), _content.BaseUrl + SubscriberLinks.UnsubscribePath(subscriber));
    }

    private sealed record Personalisation(IReadOnlyList<int> Articles, string ManageUrl, string UnsubscribeUrl);
}

/// <summary>One subscriber's digest in both formats, and the link that unsubscribes them in one click.</summary>
public sealed record DigestCopy(string Html, string Text, string UnsubscribeUrl);

/// <summary>One subscriber's digest as sent: the email's body, and the link that unsubscribes them in one click.</summary>
public sealed record EncodedDigestCopy(MimeKit.MimeEntity Body, string UnsubscribeUrl);
