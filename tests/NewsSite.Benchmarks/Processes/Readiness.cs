using System.Net;

namespace NewsSite.Benchmarks.Processes;

/// <summary>Waits for a server the benchmark started to answer, and gives up with its log when it dies or hangs.</summary>
public static class Readiness
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task WaitForOkAsync(HttpClient http, Uri address, ChildProcess server, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (server.HasExited)
            {
                throw new BenchmarkException($"The server for {address} exited before it was ready. Its log ends with:\n{ChildProcess.Tail(server.Output())}");
            }
            if (await AnswersOkAsync(http, address, cancellationToken))
            {
                return;
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
        throw new BenchmarkException($"{address} did not answer 200 within {timeout.TotalSeconds:0} s. The server's log ends with:\n{ChildProcess.Tail(server.Output())}");
    }

    private static async Task<bool> AnswersOkAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(address, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
