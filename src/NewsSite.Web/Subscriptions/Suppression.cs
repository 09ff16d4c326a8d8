namespace NewsSite.Web.Subscriptions;

/// <summary>
/// An address that must not be mailed: erased, or (for digests) bounced hard. Only a salted hash of
/// the address is kept, so the list can say "do not mail this" without saying who was on it.
/// </summary>
public class SuppressedAddress
{
    public required string AddressHash { get; set; }
    public SuppressionReason Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum SuppressionReason
{
    Erased,
    HardBounce,
}
