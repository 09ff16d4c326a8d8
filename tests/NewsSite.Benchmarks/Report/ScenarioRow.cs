using NewsSite.Benchmarks.Load;

namespace NewsSite.Benchmarks.Report;

/// <summary>One line of the results: a measured scenario, where the CPU went, and the median of single requests made before the load (none for the reference).</summary>
public sealed record ScenarioRow(string Scenario, WrkResult Result, Target Target, CpuUse Cpu, TimeSpan? SingleRequest = null)
{
    public double RatioTo(WrkResult reference) => Result.RequestsPerSecond / reference.RequestsPerSecond;

    public string Verdict(WrkResult reference) => (Result, Target.IsMet) switch
    {
        ({ Errors: > 0 } result, _) => $"no: {result.Errors} errors",
        (_, null) => "—",
        (_, { } isMet) => isMet(this, RatioTo(reference)) ? "yes" : "no",
    };
}
