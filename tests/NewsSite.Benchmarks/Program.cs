using NewsSite.Benchmarks;
using NewsSite.Web.Infrastructure.Database;

if (BenchmarkOptions.TryParse(args, out var options, out var usageError) is false)
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 64;
}
var missing = Prerequisites.Missing();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"The benchmark needs {string.Join(" and ", missing)}. Install them with:");
    Console.Error.WriteLine("  apt-get install wrk nginx");
    return 2;
}

using var stop = new StopSignal();
try
{
    await new BenchmarkRun(options, RepositoryRoot.Find()).RunAsync(stop.Token);
    return 0;
}
catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped; nginx, the site and PostgreSQL have been shut down.");
    return 130;
}
catch (Exception e) when (e is BenchmarkException or DatabaseSetupException)
{
    Console.Error.WriteLine("The benchmark failed: " + e.Message);
    return 1;
}
