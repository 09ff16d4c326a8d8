using NewsSite.Benchmarks.Site;

namespace NewsSite.Benchmarks.Digest;

/// <summary>The published site started as a digest sender pointed at the sink, with the pool size the reference uses.</summary>
public sealed class DigestSite(PublishedSite published, HttpClient http, int sinkPort, TimeSpan claimDuration)
{
    public const int PoolSize = 10;
    public const string PublicBaseUrl = "https://news.bench.example";

    public IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Site__PublicBaseUrl"] = PublicBaseUrl,
        ["Email__Smtp__Port"] = sinkPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Newsletters__PoolSize"] = PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Senders look for work this often; short, so the time measured is sending, not waiting to notice the release.
        ["Newsletters__PollInterval"] = "00:00:00.200",
        ["Newsletters__ClaimDuration"] = claimDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    public Task<RunningSite> StartAsync(string name, CancellationToken cancellationToken) =>
        published.StartAsync(http, name, new Dictionary<string, string>(Settings), cancellationToken);
}
