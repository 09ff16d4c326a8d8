namespace NewsSite.Web.Email;

/// <summary>
/// Exponential backoff between attempts at sending: an outage of minutes or hours delays mail, and
/// never loses it. The outbox and the digests each wait by their own settings, by this one rule.
/// </summary>
/// <param name="FirstDelay">The wait after the first failed attempt; each later one is twice as long.</param>
/// <param name="MaxDelay">No wait is longer than this.</param>
public readonly record struct RetryBackoff(TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>How long to wait after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
