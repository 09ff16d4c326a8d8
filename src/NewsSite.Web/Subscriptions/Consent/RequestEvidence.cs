namespace NewsSite.Web.Subscriptions.Consent;

/// <summary>Where a request came from, as the consent ledger records it.</summary>
public sealed record RequestEvidence(string IpAddress, string UserAgent)
{
    /// <summary>No request behind the change: an admin import, or the site itself.</summary>
    public static RequestEvidence None { get; } = new("", "");

    public static RequestEvidence From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userAgent = context.Request.Headers.UserAgent.ToString();
        return new RequestEvidence(
            context.Connection.RemoteIpAddress?.ToString() ?? "",
            userAgent.Length > ConsentEvidence.UserAgentMaxLength ? userAgent[..ConsentEvidence.UserAgentMaxLength] : userAgent);
    }
}
