namespace NewsSite.Web.Newsletters.Editions;

/// <summary>"Send one edition now": an edition of the articles since the last one, released at once.</summary>
public sealed class OnDemandEditions(EditionBuilder builder, EditionRelease release, TimeProvider time)
{
    public async Task<(DigestEdition Edition, ReleaseResult Release)> SendNowAsync(Subscriptions.DigestFrequency frequency, CancellationToken cancellationToken = default)
    {
        var edition = await builder.EnsureAsync(DigestPeriod.OnDemand(frequency, time.GetUtcNow()), cancellationToken);
        return (edition, await release.ReleaseAsync(edition.Id, cancellationToken));
    }
}
