using NewsSite.Benchmarks;
using NewsSite.Web.Data;

// "digest" as the first argument runs the email digest benchmark instead of the web one;
// "prepare" only makes the database, kept in --data-dir.
var verb = args.Length > 0 && args[0] is "digest" or "prepare" ? args[0] : null;
var digest = verb == "digest";
if (BenchmarkOptions.TryParse(verb is null ? args : args[1..], out var options, out var usageError) is false)
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 64;
}
var missing = digest ? Prerequisites.MissingForDigest() : Prerequisites.Missing();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"The benchmark needs {string.Join(" and ", missing)}. Install them with:");
    Console.Error.WriteLine(digest ? "  apt-get install postfix   (then stop postfix if it started: smtp-sink uses a port of its own)" : "  apt-get install wrk nginx wbritish");
    return 2;
}

using var stop = new StopSignal();
try
{
    if (verb == "prepare")
    {
        await new BenchmarkRun(options, RepositoryRoot.Find()).PrepareOnlyAsync(stop.Token);
    }
    else if (digest)
    {
        await new NewsSite.Benchmarks.Digest.DigestBenchmarkRun(options, RepositoryRoot.Find()).RunAsync(stop.Token);
    }
    else
    {
        await new BenchmarkRun(options, RepositoryRoot.Find()).RunAsync(stop.Token);
    }
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
