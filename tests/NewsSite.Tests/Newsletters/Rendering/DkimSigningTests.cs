using System.Security.Cryptography;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Newsletters.Rendering;

/// <summary>A site that signs digests with a key made for the test run, and the public key a receiver would find in DNS.</summary>
public sealed class DkimSiteFixture : NewsSiteFixture
{
    private readonly RSA _key = RSA.Create(2048);

    /// <summary>The TXT record a receiver would look up at <c>digest._domainkey.news.example</c>.</summary>
    public string DnsRecord => $"v=DKIM1; k=rsa; p={Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo())}";

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.Settings["Newsletters:DkimDomain"] = "news.example";
        factory.Settings["Newsletters:DkimSelector"] = "digest";
        factory.Settings["Newsletters:DkimPrivateKey"] = _key.ExportRSAPrivateKeyPem();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _key.Dispose();
    }
}

public class DkimSigningTests(DkimSiteFixture site) : IClassFixture<DkimSiteFixture>
{
    [Fact]
    public async Task The_signature_covers_the_sender_subject_and_unsubscribe_headers_and_verifies_until_the_subject_is_changed()
    {
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Signed, sealed, delivered: the harbour report"), "Signed digest", "Ça va? Intro with “quotes” and accents.");
        var message = (await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync()))!;
        var verifier = new DkimVerifier(new TestKeyLocator(site.DnsRecord));
        var signature = message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)];

        var verified = await verifier.VerifyAsync(message, signature);
        message.Subject = "Signed digest (changed on the way)";
        var tampered = await verifier.VerifyAsync(message, signature);

        Assert.Contains("d=news.example", signature.Value, StringComparison.Ordinal);
        Assert.Contains("s=digest", signature.Value, StringComparison.Ordinal);
        Assert.Contains("c=relaxed/relaxed", signature.Value, StringComparison.Ordinal);
        Assert.Contains("a=rsa-sha256", signature.Value, StringComparison.Ordinal);
        var signed = SignedHeaderNames(signature.Value);
        Assert.Superset(new HashSet<string>(["from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post"]), signed);
        Assert.True(verified);
        Assert.False(tampered);
    }

    private static HashSet<string> SignedHeaderNames(string signature) =>
        [.. signature.Split(';').Select(tag => tag.Trim()).Single(tag => tag.StartsWith("h=", StringComparison.Ordinal))[2..]
            .Split(':').Select(name => name.Trim().ToLowerInvariant())];

    /// <summary>Answers every DNS question for a DKIM key with the test's own key.</summary>
    private sealed class TestKeyLocator(string dnsRecord) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            domain == "news.example" && selector == "digest" ? GetPublicKey(dnsRecord) : throw new InvalidOperationException($"No key for {selector}._domainkey.{domain}.");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}
