namespace NewsSite.Web.Subscriptions.Consent;

/// <summary>
/// One row of the consent ledger: a grant, confirmation, change or withdrawal, with the exact
/// policy versions and wording the person was shown. Rows are only ever added; the database
/// refuses to change or delete them. The request's IP address and user agent are personal data
/// and live in <see cref="ConsentEvidence"/>, which erasure removes while this row stays.
/// </summary>
public class ConsentRecord
{
    public const int DetailsMaxLength = 1000;

    public long Id { get; set; }
    public long SubscriberId { get; set; }
    public Subscriber? Subscriber { get; set; }
    public ConsentAction Action { get; set; }
    public ConsentMethod Method { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The Privacy Policy version shown (a <see cref="SitePages.SitePageVersion"/>), for grants and confirmations.</summary>
    public int? PrivacyPolicyVersionId { get; set; }

    /// <summary>The Terms of Use version shown.</summary>
    public int? TermsVersionId { get; set; }

    /// <summary>SHA-256 (hex) of the exact consent wording shown; the wording itself is in <see cref="ConsentWording"/>.</summary>
    public string? WordingSha256 { get; set; }

    /// <summary>The form the request came from (<c>article</c>, <c>footer</c> …) or an import's stated source.</summary>
    public string Source { get; set; } = "";

    /// <summary>What changed, without personal data: <c>frequency weekly; sections 2, 5</c>, or an import's lawful basis.</summary>
    public string Details { get; set; } = "";

    public ConsentEvidence? Evidence { get; set; }
}

public enum ConsentAction
{
    Granted,
    Confirmed,
    PreferencesChanged,
    Paused,
    Resumed,
    Withdrawn,
    Resubscribed,
    Imported,
    Erased,
}

public enum ConsentMethod
{
    Form,
    ConfirmationLink,
    PreferencesLink,
    UnsubscribeLink,
    OneClickHeader,
    AdminImport,
    PrivacyCentre,
}

/// <summary>Who sent the request that made a <see cref="ConsentRecord"/>: removed on erasure, never changed.</summary>
public class ConsentEvidence
{
    public const int UserAgentMaxLength = 512;

    public long ConsentRecordId { get; set; }
    public string IpAddress { get; set; } = "";
    public string UserAgent { get; set; } = "";
}

/// <summary>A consent sentence exactly as shown, stored once under its SHA-256.</summary>
public class ConsentWording
{
    public required string Sha256 { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset FirstShownAt { get; set; }
}
