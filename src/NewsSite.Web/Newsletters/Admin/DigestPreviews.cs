using MimeKit.Utils;
using NewsSite.Web.Email.Sending;
using NewsSite.Web.Newsletters.Rendering;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>
/// An edition as a reader who wants every section would get it, for editors: shown in the page, or
/// sent at once to a member of staff. The reader is made up for the purpose and never stored; its
/// links carry a placeholder key that opens nobody's preferences.
/// </summary>
public sealed class DigestPreviews(PreparedDigestCache editions, MimeMessageFactory messages, IEmailTransport transport, TimeProvider time, ILogger<DigestPreviews> logger)
{
    private const string PlaceholderLinkKey = "preview";

    /// <summary>The edition's HTML and plain text for the sample reader; null when it has no article.</summary>
    public async Task<DigestCopy?> RenderAsync(long editionId, string address, CancellationToken cancellationToken)
    {
        var digest = await editions.GetAsync(editionId, cancellationToken);
        return digest.Render(SampleReader(address));
    }

    /// <summary>Sends the sample copy to <paramref name="address"/> now, "[Test]" in its subject; the error to show when it could not.</summary>
    public async Task<string?> SendTestAsync(long editionId, string address, CancellationToken cancellationToken)
    {
        var digest = await editions.GetAsync(editionId, cancellationToken);
        if (digest.Render(SampleReader(address)) is not { } copy)
        {
            return "The edition has no article, so there is nothing to send.";
        }
        var message = messages.Create(address, "[Test] " + digest.Subject, copy.Html, copy.Text, MimeUtils.GenerateMessageId(), time.GetUtcNow());
        try
        {
            await transport.SendAsync(message, cancellationToken);
            return null;
        }
        // Whatever the mail server or the connection did, the editor is told and the page stays up.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "A test of digest edition {EditionId} could not be sent", editionId);
            return $"The test could not be sent: {e.Message}";
        }
    }

    private static Subscriber SampleReader(string address) => new() { Email = address, Status = SubscriberStatus.Active, LinkKey = PlaceholderLinkKey };
}
