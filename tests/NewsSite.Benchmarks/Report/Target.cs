using System.Globalization;

namespace NewsSite.Benchmarks.Report;

/// <summary>What a scenario should reach, from the product issue, judged against the nginx reference of the same run.</summary>
public sealed record Target(string Description, Func<ScenarioRow, double, bool>? IsMet)
{
    public static Target Reference { get; } = new("reference", null);

    public static Target None { get; } = new("—", null);

    public static Target RatioAtLeast(double minimum) =>
        new(string.Create(CultureInfo.InvariantCulture, $"≥ {minimum} × nginx"), (_, ratio) => ratio >= minimum);

    public static Target RatioAtLeastAndP99Below(double minimum, TimeSpan p99) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"≥ {minimum} × nginx, p99 < {p99.TotalMilliseconds} ms"),
            (row, ratio) => ratio >= minimum && row.Result.P99 < p99);

    /// <summary>A target on how long one request takes with the site otherwise idle (<see cref="ScenarioRow.SingleRequest"/>).</summary>
    public static Target SingleRequestBelow(TimeSpan limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"single request < {limit.TotalMilliseconds} ms"), (row, _) => row.SingleRequest < limit);
}
