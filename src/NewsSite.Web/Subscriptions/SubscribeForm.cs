namespace NewsSite.Web.Subscriptions;

/// <summary>What a subscription form sends. It comes from public, cached pages: anything in it may be forged.</summary>
public sealed class SubscribeForm
{
    public const int MaxSections = 50;

    public string? Email { get; set; }
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Daily;
    public List<int> Sections { get; set; } = [];

    /// <summary>The consent box was ticked.</summary>
    public bool Consent { get; set; }

    /// <summary>The Privacy Policy and Terms of Use version numbers the form showed.</summary>
    public int PrivacyVersion { get; set; }
    public int TermsVersion { get; set; }

    /// <summary>Which form: <c>article</c>, <c>footer</c> or <c>subscribe-page</c>.</summary>
    public string? Source { get; set; }

    /// <summary>A field people cannot see and bots fill in; a post that fills it is dropped, without saying so.</summary>
    public string? Website { get; set; }

    public static IReadOnlySet<string> KnownSources { get; } = new HashSet<string>(StringComparer.Ordinal) { "article", "footer", "subscribe-page" };
}
