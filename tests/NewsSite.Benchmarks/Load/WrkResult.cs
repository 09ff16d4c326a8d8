namespace NewsSite.Benchmarks.Load;

/// <summary>What one measured wrk run reports. Errors are counted so a fast run of failures is never mistaken for a fast site.</summary>
public sealed record WrkResult(double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long NonSuccessResponses, long SocketErrors)
{
    public long Errors => NonSuccessResponses + SocketErrors;
}
