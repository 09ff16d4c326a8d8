namespace NewsSite.Web.Email.Outbox;

/// <summary>Exponential backoff: an outage of minutes or hours delays mail, and never loses it.</summary>
public static class OutboxRetryPolicy
{
    public static TimeSpan DelayAfter(int attempts, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = options.FirstRetryDelay * Math.Pow(2, doublings);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
