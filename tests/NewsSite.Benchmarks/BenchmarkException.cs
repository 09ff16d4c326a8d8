namespace NewsSite.Benchmarks;

/// <summary>A step of the benchmark failed in a way the message explains; shown without a stack trace.</summary>
public sealed class BenchmarkException : Exception
{
    public BenchmarkException(string message) : base(message) { }

    public BenchmarkException(string message, Exception innerException) : base(message, innerException) { }

    public BenchmarkException() { }
}
