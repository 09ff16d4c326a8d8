using System.Globalization;
using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Site;

/// <summary>A started site process and where it listens.</summary>
public sealed class RunningSite(ChildProcess process, Uri baseAddress) : IAsyncDisposable
{
    public ChildProcess Process => process;

    public Uri Address(string pathAndQuery) => new(baseAddress, pathAndQuery);

    /// <summary>
    /// The most memory the process has held resident so far (VmHWM, the kernel's high-water
    /// mark), so reading it once at the end of a run gives that run's peak.
    /// </summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            ?? throw new BenchmarkException($"/proc/{process.Id}/status has no VmHWM line.");
        var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    public Task StopAsync() => process.StopAsync(TimeSpan.FromSeconds(15));

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
