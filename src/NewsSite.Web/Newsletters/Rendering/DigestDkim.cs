using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// Signs digests with DKIM when <see cref="NewsletterOptions.DkimDomain"/> is set, so that
/// receivers can tell they come from the publication and that nobody changed what the signature
/// covers, the unsubscribe headers included. The key is read once.
/// </summary>
public sealed class DigestDkim
{
    /// <summary>What the signature covers: who, what and when, and both unsubscribe headers, which a forger would most like to change.</summary>
    public static readonly IReadOnlyList<string> SignedHeaders =
        ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post"];

    private readonly string[] _signedHeaders = [.. SignedHeaders];
    private readonly Lazy<DkimSigner?> _signer;

    public DigestDkim(IOptions<NewsletterOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        _signer = new Lazy<DkimSigner?>(() => CreateSigner(options.Value, environment.ContentRootPath));
    }

    public void Sign(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_signer.Value is not { } signer)
        {
            return;
        }
        // Fix the transfer encodings now: a relay that re-encoded 8-bit text later would break the body hash.
        message.Prepare(EncodingConstraint.SevenBit);
        signer.Sign(message, _signedHeaders);
    }

    private static DkimSigner? CreateSigner(NewsletterOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.DkimDomain))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(options.DkimSelector) || string.IsNullOrWhiteSpace(options.DkimPrivateKey))
        {
            throw new InvalidOperationException("Newsletters:DkimDomain is set, so Newsletters:DkimSelector and Newsletters:DkimPrivateKey (PEM text or a file) must be too.");
        }
        var key = options.DkimPrivateKey.Trim();
        using var pem = key.StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? new MemoryStream(Encoding.ASCII.GetBytes(key))
            : (Stream)File.OpenRead(Path.Combine(contentRoot, key));
        return new DkimSigner(pem, options.DkimDomain.Trim(), options.DkimSelector.Trim(), DkimSignatureAlgorithm.RsaSha256)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };
    }
}
