namespace NewsSite.Benchmarks.Processes;

/// <summary>A program to start: its arguments, extra environment variables and working folder.</summary>
public sealed record Command(string FileName, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
