using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsSite.TestSupport;

/// <summary>Keeps every formatted log line, so tests can check what reaches the logs (and what must not).</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception.Message));
    }
}
