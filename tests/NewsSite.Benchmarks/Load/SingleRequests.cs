using System.Diagnostics;
using System.Net;

namespace NewsSite.Benchmarks.Load;

/// <summary>
/// How long one reader waits when the site is otherwise idle: the median of a few requests made
/// one after another, each read to its last byte. Under wrk's 64 connections a page's time is
/// mostly queueing behind the others, so this is the figure for targets on a single request
/// (a sitemap file, the admin list).
/// </summary>
public static class SingleRequests
{
    private const int Count = 5;

    public static async Task<TimeSpan> MedianAsync(HttpClient http, Uri address, string? cookie, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>(Count);
        for (var i = 0; i < Count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                await body.CopyToAsync(Stream.Null, cancellationToken);
            }
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkException($"{address.PathAndQuery} answered {(int)response.StatusCode} instead of 200; see the site's log.");
            }
            times.Add(clock.Elapsed);
        }
        times.Sort();
        return times[Count / 2];
    }
}
