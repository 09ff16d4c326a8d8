using System.Globalization;
using NewsSite.Benchmarks.Load;

namespace NewsSite.Benchmarks.Report;

/// <summary>What a scenario should reach, from the product issue, judged against the nginx reference of the same run.</summary>
public sealed record Target(string Description, Func<WrkResult, double, bool>? IsMet)
{
    public static Target Reference { get; } = new("reference", null);

    public static Target None { get; } = new("—", null);

    public static Target RatioAtLeast(double minimum) =>
        new(string.Create(CultureInfo.InvariantCulture, $"≥ {minimum} × nginx"), (_, ratio) => ratio >= minimum);

    public static Target RatioAtLeastAndP99Below(double minimum, TimeSpan p99) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"≥ {minimum} × nginx, p99 < {p99.TotalMilliseconds} ms"),
            (result, ratio) => ratio >= minimum && result.P99 < p99);

    public static Target P99Below(TimeSpan p99) =>
        new(string.Create(CultureInfo.InvariantCulture, $"p99 < {p99.TotalMilliseconds} ms"), (result, _) => result.P99 < p99);
}
