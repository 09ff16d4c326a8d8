using System.Globalization;

namespace NewsSite.Benchmarks.Load;

/// <summary>The programs whose CPU time is told apart while a scenario is measured.</summary>
public sealed record CpuGroups(int SiteProcessId, int PostmasterProcessId, int? NginxProcessId);

/// <summary>Average cores used during a measured run, by the site, PostgreSQL, the load (wrk, nginx, this program) and everything else on the machine.</summary>
public sealed record CpuUse(double Site, double Postgres, double Load, double Other);

/// <summary>
/// CPU time so far, in clock ticks from /proc, of the whole machine and of each group. Two samples
/// around a measured run show where the cores went, and whether other work on the machine took a
/// share of them. A program's time includes its exited children's (wrk, once reaped, counts for
/// this program; ended PostgreSQL backends count for the postmaster).
/// </summary>
public sealed record CpuSample(long MachineTicks, long BusyTicks, long Site, long Postgres, long Load)
{
    public static CpuSample Take(CpuGroups groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var processes = ProcessTimes.ReadAll();
        // Direct children only: PostgreSQL's backends and nginx's workers are; the site and nginx are children of this program and counted apart.
        long Tree(int? root) => root is { } id && processes.TryGetValue(id, out var process)
            ? process.Own + process.ExitedChildren + processes.Values.Where(p => p.ParentId == id).Sum(p => p.Own)
            : 0;
        var self = processes.GetValueOrDefault(Environment.ProcessId);
        var (machine, busy) = MachineTimes();
        return new CpuSample(
            machine, busy, Tree(groups.SiteProcessId), Tree(groups.PostmasterProcessId), self.Own + self.ExitedChildren + Tree(groups.NginxProcessId));
    }

    public CpuUse Since(CpuSample before)
    {
        ArgumentNullException.ThrowIfNull(before);
        // Ticks per core over the interval, so no clock rate is needed.
        var perCore = (double)(MachineTicks - before.MachineTicks) / Environment.ProcessorCount;
        double Cores(long ticks) => perCore > 0 ? ticks / perCore : 0;
        var site = Site - before.Site;
        var postgres = Postgres - before.Postgres;
        var load = Load - before.Load;
        var other = Math.Max(0, BusyTicks - before.BusyTicks - site - postgres - load);
        return new CpuUse(Cores(site), Cores(postgres), Cores(load), Cores(other));
    }

    private static (long Total, long Busy) MachineTimes()
    {
        // First line of /proc/stat: "cpu  user nice system idle iowait irq softirq steal guest guest_nice".
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();
        return (total, total - ticks[3] - ticks[4]);
    }
}
