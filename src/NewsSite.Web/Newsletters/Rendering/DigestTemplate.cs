using System.Text;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// One format (HTML or plain text) of an edition, rendered once with everything the copies share.
/// A copy only picks its articles and puts its two personal links in the gaps left for them, so
/// making one of 100,000 copies costs a few string copies.
/// </summary>
public sealed class DigestTemplate(string top, IReadOnlyList<string> articles, string beforeManageLink, string betweenLinks, string bottom, Func<string, string> encodeLink)
{
    public string Fill(IReadOnlyList<int> articleIndexes, string manageUrl, string unsubscribeUrl)
    {
        var text = new StringBuilder(top.Length + beforeManageLink.Length + betweenLinks.Length + bottom.Length + (articleIndexes.Count * 600) + 400);
        text.Append(top);
        foreach (var index in articleIndexes)
        {
            text.Append(articles[index]);
        }
        return text.Append(beforeManageLink).Append(encodeLink(manageUrl))
            .Append(betweenLinks).Append(encodeLink(unsubscribeUrl))
            .Append(bottom).ToString();
    }
}
