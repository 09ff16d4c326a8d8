using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsSite.Benchmarks.Report;

/// <summary>
/// The machine a run measured on, read from /proc when the run starts, so figures are never quoted
/// without it. The load average shows whether other work shared the cores with the benchmark.
/// </summary>
public sealed record MachineDescription(int Cores, string Cpu, long MemoryBytes, string Kernel, string OperatingSystem, string LoadAverage)
{
    public static MachineDescription Read() => new(
        Environment.ProcessorCount,
        Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        long.Parse((Field("/proc/meminfo", "MemTotal", ':') ?? "0").Split(' ')[0], CultureInfo.InvariantCulture) * 1024,
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription,
        Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cores} cores ({Cpu}), {MemoryBytes / (1024.0 * 1024 * 1024):0.0} GiB memory, Linux {Kernel}, {OperatingSystem}; load average {LoadAverage} when the run started");

    private static string? Field(string file, string name, char separator) =>
        File.Exists(file)
            ? File.ReadLines(file)
                .Select(line => line.Split(separator, 2))
                .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
                .Select(parts => parts[1].Trim())
                .FirstOrDefault()
            : null;
}
