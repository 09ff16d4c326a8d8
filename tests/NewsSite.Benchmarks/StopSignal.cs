using System.Runtime.InteropServices;

namespace NewsSite.Benchmarks;

/// <summary>
/// Turns Ctrl+C and SIGTERM into a cancellation, so the run unwinds through its finally blocks and
/// stops nginx, the site and PostgreSQL instead of leaving them running.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _terminate;

    public StopSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            RequestStop();
        });
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        RequestStop();
    }

    private void RequestStop()
    {
        Console.Error.WriteLine("Stopping: shutting down the servers…");
        _source.Cancel();
    }
}
