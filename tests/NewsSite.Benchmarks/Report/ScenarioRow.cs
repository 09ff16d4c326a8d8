using NewsSite.Benchmarks.Load;

namespace NewsSite.Benchmarks.Report;

/// <summary>One line of the results: a measured scenario and where the CPU went, or one the site cannot serve yet (<see cref="Result"/> is null).</summary>
public sealed record ScenarioRow(string Scenario, WrkResult? Result, Target Target, CpuUse? Cpu = null)
{
    public double? RatioTo(WrkResult reference) => Result is null ? null : Result.RequestsPerSecond / reference.RequestsPerSecond;

    public string Verdict(WrkResult reference) => (Result, Target.IsMet) switch
    {
        (null, _) => "not available",
        ({ Errors: > 0 } result, _) => $"no: {result.Errors} errors",
        (_, null) => "—",
        (var result, { } isMet) => isMet(result, RatioTo(reference)!.Value) ? "yes" : "no",
    };
}
