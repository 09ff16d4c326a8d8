using Microsoft.Extensions.Options;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Sending;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>Decides each copy's outcome from how its send went, by the retry rules of <see cref="NewsletterOptions"/>.</summary>
public sealed class DeliveryOutcomes(IOptions<NewsletterOptions> options, TimeProvider time)
{
    private readonly NewsletterOptions _options = options.Value;

    // The digests back off exactly as the outbox does, only on their own settings.
    private readonly RetryBackoff _backoff = new(options.Value.FirstRetryDelay, options.Value.MaxRetryDelay);

    public DeliveryOutcome Sent(DigestDelivery delivery) => new(delivery.Id, DigestDeliveryStatus.Sent, time.GetUtcNow());

    public DeliveryOutcome Skipped(DigestDelivery delivery, string reason) => new(delivery.Id, DigestDeliveryStatus.Skipped, time.GetUtcNow(), reason);

    /// <summary>A failed send: deferred with backoff, or failed for good on a 5xx or the last attempt.</summary>
    /// <remarks>The delivery is as claimed, so <see cref="DigestDelivery.Attempts"/> already counts this attempt.</remarks>
    public DeliveryOutcome Failed(DigestDelivery delivery, Exception error, string address)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var now = time.GetUtcNow();
        if (SmtpFailures.IsPermanent(error))
        {
            return new(delivery.Id, DigestDeliveryStatus.Failed, now, DeliveryErrorText.Describe(error), SmtpFailures.IsHardBounce(error) ? address : null);
        }
        if (delivery.Attempts >= _options.MaxAttempts)
        {
            return new(delivery.Id, DigestDeliveryStatus.Failed, now, DeliveryErrorText.Describe(error, $"Gave up after {delivery.Attempts} attempts. "));
        }
        return new(delivery.Id, DigestDeliveryStatus.Deferred, now + _backoff.DelayAfter(delivery.Attempts), DeliveryErrorText.Describe(error));
    }
}
