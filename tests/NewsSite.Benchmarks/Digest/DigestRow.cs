using System.Globalization;

namespace NewsSite.Benchmarks.Digest;

/// <summary>One line of the digest table: a send, its rate, its ratio to smtp-source, the site's peak memory and the targets.</summary>
public sealed record DigestRow(string Scenario, Throughput Sent, double? Ratio, long? PeakBytes, string Targets)
{
    // From the product issue.
    public const double RatioTarget = 0.5;
    public const long MemoryTargetBytes = 500L * 1024 * 1024;
    public static readonly TimeSpan ReleaseTarget = TimeSpan.FromSeconds(15);

    public static DigestRow Reference(string scenario, Throughput sent) => new(scenario, sent, 1.0, null, "reference");

    /// <summary>A send by the site; <paramref name="ratioTarget"/> says whether the rate target applies (not to a site still compiling its code).</summary>
    public static DigestRow Measured(string scenario, Throughput sent, Throughput reference, long peakBytes, bool ratioTarget)
    {
        var ratio = sent.PerSecond / reference.PerSecond;
        var rate = ratioTarget ? $"≥ {RatioTarget} × smtp-source: {YesNo(ratio >= RatioTarget)}; " : "";
        return new DigestRow(scenario, sent, ratio, peakBytes, $"{rate}< 500 MB: {YesNo(peakBytes < MemoryTargetBytes)}");
    }

    /// <summary>A release: every copy of an edition queued, ready for the senders.</summary>
    public static DigestRow Release(string scenario, Throughput queued) =>
        new(scenario, queued, null, null, $"< {ReleaseTarget.TotalSeconds:0} s: {YesNo(queued.Elapsed < ReleaseTarget)}");

    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario} | {Sent.Messages:N0} | {Sent.Elapsed.TotalSeconds:0.0} | {Sent.PerSecond:N0} | {(Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {(PeakBytes is { } p ? (p / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) : "—")} | {Targets} |");

    public static string YesNo(bool met) => met ? "yes" : "no";
}
