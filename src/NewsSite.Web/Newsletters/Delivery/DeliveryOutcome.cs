namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// What became of one copy, as it is written back: <see cref="At"/> is when it was sent (Sent)
/// or when to try again (Deferred). <see cref="HardBouncedAddress"/> is set when the address
/// must go on the suppression list.
/// </summary>
public sealed record DeliveryOutcome(long DeliveryId, DigestDeliveryStatus Status, DateTimeOffset At, string? Error = null, string? HardBouncedAddress = null);
